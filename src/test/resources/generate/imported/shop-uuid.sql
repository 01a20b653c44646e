-- An imported PostgreSQL project whose keys default to gen_random_uuid(), which SQLite does not have.
CREATE TABLE customer (
    customer_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email varchar(255) NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE product (
    product_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    sku varchar(64) NOT NULL UNIQUE,
    price numeric(10,2) NOT NULL CHECK (price >= 0),
    -- a default SQLite cannot run at all: no default there, so rows must set it
    listed_year varchar(4) NOT NULL DEFAULT to_char(now(), 'YYYY')
);
