-- order management, classic normalised-ish design with a few copies
CREATE TABLE customers (
    customer_id integer PRIMARY KEY,
    customer_name varchar(120) NOT NULL,
    email varchar(200) NOT NULL UNIQUE,
    zip_code varchar(10),
    city varchar(80),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE orders (
    order_id integer PRIMARY KEY,
    order_number varchar(20) NOT NULL,
    customer_id integer NOT NULL REFERENCES customers(customer_id),
    customer_name varchar(120),
    customer_email varchar(200),
    status varchar(20) NOT NULL DEFAULT 'new',
    total numeric(12,2) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_orders_customer_id ON orders(customer_id);
