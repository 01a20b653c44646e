-- customer_name and customer_email beside customer_id; city beside zip_code.
CREATE TABLE orders (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id integer NOT NULL,
    customer_name varchar(200) NOT NULL,
    customer_email varchar(255) NOT NULL,
    zip_code varchar(10) NOT NULL,
    city varchar(100) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
-- The last word says what is copied: the seller's shop name beside seller_id.
CREATE TABLE listings (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    seller_id integer NOT NULL,
    seller_shop_name varchar(120) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
