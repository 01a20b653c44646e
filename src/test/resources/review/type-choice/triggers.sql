-- Timestamp without zone, a float price, and unbounded hashes. (A serial default is read as identity by the SQL importer; ReviewerTest covers it.)
CREATE TABLE orders (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    placed_at timestamp NOT NULL,
    total_price double precision NOT NULL,
    content_hash text NOT NULL,
    legacy_md5 varchar(255) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
