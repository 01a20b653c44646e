-- A shop with a billing group of tables (billing_*).
CREATE TABLE customers (
    id serial PRIMARY KEY,
    email varchar(255),
    full_name varchar(100) NOT NULL
);
CREATE TABLE products (
    id serial PRIMARY KEY,
    sku varchar(40) NOT NULL UNIQUE,
    title varchar(200) NOT NULL,
    price numeric(12, 2) NOT NULL
);
CREATE TABLE orders (
    id serial PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers (id),
    placed_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    status varchar(20) NOT NULL DEFAULT 'new'
);
CREATE INDEX idx_orders_customer_id ON orders (customer_id);
CREATE TABLE billing_invoices (
    id serial PRIMARY KEY,
    order_id integer NOT NULL REFERENCES orders (id),
    total numeric(12, 2) NOT NULL
);
CREATE INDEX idx_billing_invoices_order_id ON billing_invoices (order_id);
CREATE TABLE billing_payments (
    id serial PRIMARY KEY,
    invoice_id integer NOT NULL REFERENCES billing_invoices (id),
    amount numeric(12, 2) NOT NULL
);
CREATE INDEX idx_billing_payments_invoice_id ON billing_payments (invoice_id);
