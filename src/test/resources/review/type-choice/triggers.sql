-- Timestamp without zone, a float price, unbounded hashes, and json where jsonb is meant (SQL only: the models do not say json or jsonb to the review yet). (A serial default is read as identity by the SQL importer; ReviewerTest covers it.)
CREATE TABLE orders (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    placed_at timestamp NOT NULL,
    total_price double precision NOT NULL,
    content_hash text NOT NULL,
    legacy_md5 varchar(255) NOT NULL,
    payload json NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
