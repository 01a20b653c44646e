-- timestamptz, numeric money, identity, a hash of fixed size; a float that is not money; jsonb.
CREATE TABLE orders (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    payload jsonb NOT NULL,
    placed_at timestamptz NOT NULL,
    total_price numeric(12,2) NOT NULL,
    sentiment double precision NOT NULL,
    content_hash varchar(64) NOT NULL,
    legacy_md5 varchar(32) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
