-- A shop's existing PostgreSQL schema in its own naming: singular table names, uuid keys named <table>_id.
CREATE TABLE customer (
    customer_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email varchar(255) NOT NULL UNIQUE,
    display_name varchar(120) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE product (
    product_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    sku varchar(64) NOT NULL UNIQUE,
    title varchar(200) NOT NULL,
    price numeric(10,2) NOT NULL CHECK (price >= 0),
    active boolean NOT NULL DEFAULT true
);

CREATE TABLE purchase_order (
    purchase_order_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    customer_id uuid NOT NULL REFERENCES customer (customer_id),
    placed_at timestamptz NOT NULL DEFAULT now(),
    status varchar(20) NOT NULL CHECK (status IN ('cart', 'placed', 'shipped', 'delivered', 'cancelled'))
);

CREATE TABLE order_line (
    purchase_order_id uuid NOT NULL REFERENCES purchase_order (purchase_order_id) ON DELETE CASCADE,
    product_id uuid NOT NULL REFERENCES product (product_id),
    quantity integer NOT NULL CHECK (quantity > 0),
    unit_price numeric(10,2) NOT NULL,
    PRIMARY KEY (purchase_order_id, product_id)
);
