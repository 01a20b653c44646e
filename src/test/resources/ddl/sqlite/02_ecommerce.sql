-- Shop (SQLite): the order status is a CHECK, not an enum type.
CREATE TABLE customers (
    id         INTEGER PRIMARY KEY,
    email      VARCHAR(255) NOT NULL,
    full_name  VARCHAR(200) NOT NULL,
    created_at DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uq_customers_email UNIQUE (email)
);

CREATE TABLE products (
    id     INTEGER PRIMARY KEY,
    sku    VARCHAR(40)   NOT NULL UNIQUE,
    name   VARCHAR(200)  NOT NULL,
    price  NUMERIC(12,2) NOT NULL CHECK (price >= 0),
    stock  INTEGER       NOT NULL DEFAULT 0,
    active BOOLEAN       NOT NULL DEFAULT 1,
    CONSTRAINT ck_products_stock CHECK (stock >= 0)
);

CREATE TABLE orders (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER       NOT NULL,
    status      VARCHAR(9)    NOT NULL DEFAULT 'pending',
    total       NUMERIC(12,2) NOT NULL DEFAULT 0,
    placed_at   DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT fk_orders_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT,
    CONSTRAINT ck_orders_status_enum CHECK (status IN ('pending', 'paid', 'shipped', 'cancelled'))
);
CREATE INDEX idx_orders_customer_id_placed_at ON orders (customer_id, placed_at);
CREATE INDEX idx_orders_open ON orders (placed_at) WHERE status IN ('pending', 'paid');

CREATE TABLE order_items (
    order_id   INTEGER       NOT NULL,
    line_no    SMALLINT      NOT NULL,
    product_id INTEGER       NOT NULL,
    quantity   INTEGER       NOT NULL,
    unit_price NUMERIC(12,2) NOT NULL,
    PRIMARY KEY (order_id, line_no),
    CONSTRAINT fk_order_items_order_id FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
    CONSTRAINT fk_order_items_product_id FOREIGN KEY (product_id) REFERENCES products (id),
    CONSTRAINT ck_order_items_quantity CHECK (quantity > 0)
);
CREATE INDEX idx_order_items_product_id ON order_items (product_id);
