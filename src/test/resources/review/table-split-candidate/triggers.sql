-- A wide customers table with billing and shipping address groups.
CREATE TABLE customers (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email varchar(255) NOT NULL UNIQUE,
    full_name varchar(200) NOT NULL,
    billing_street varchar(200),
    billing_city varchar(100),
    billing_zip varchar(10),
    shipping_street varchar(200),
    shipping_city varchar(100),
    shipping_zip varchar(10),
    notes text,
    is_active boolean NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
