-- Timestamp without zone, a float price, a serial default, and an unbounded hash.
CREATE TABLE orders (
    id integer NOT NULL DEFAULT nextval('orders_id_seq') PRIMARY KEY,
    placed_at timestamp NOT NULL,
    total_price double precision NOT NULL,
    content_hash text NOT NULL,
    legacy_md5 varchar(255) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
