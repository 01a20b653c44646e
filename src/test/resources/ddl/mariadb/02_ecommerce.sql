-- Shop (MariaDB): inline ENUM for the order status, money as DECIMAL.
CREATE TABLE customers (
    id         INT          NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email      VARCHAR(255) NOT NULL,
    full_name  VARCHAR(200) NOT NULL,
    created_at DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uq_customers_email UNIQUE (email)
) ENGINE=InnoDB;

CREATE TABLE products (
    id     INT           NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sku    VARCHAR(40)   NOT NULL,
    name   VARCHAR(200)  NOT NULL,
    price  DECIMAL(12,2) NOT NULL,
    stock  INT           NOT NULL DEFAULT 0,
    active TINYINT(1)    NOT NULL DEFAULT 1,
    UNIQUE KEY uq_products_sku (sku),
    CONSTRAINT ck_products_price CHECK (price >= 0),
    CONSTRAINT ck_products_stock CHECK (stock >= 0)
) ENGINE=InnoDB;

CREATE TABLE orders (
    id          INT           NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id INT           NOT NULL,
    status      ENUM('pending','paid','shipped','cancelled') NOT NULL DEFAULT 'pending',
    total       DECIMAL(12,2) NOT NULL DEFAULT 0,
    placed_at   DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    KEY idx_orders_customer_id_placed_at (customer_id, placed_at),
    CONSTRAINT fk_orders_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT
) ENGINE=InnoDB;

CREATE TABLE order_items (
    order_id   INT           NOT NULL,
    line_no    SMALLINT      NOT NULL,
    product_id INT           NOT NULL,
    quantity   INT           NOT NULL,
    unit_price DECIMAL(12,2) NOT NULL,
    PRIMARY KEY (order_id, line_no),
    KEY idx_order_items_product_id (product_id),
    CONSTRAINT fk_order_items_order_id FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
    CONSTRAINT fk_order_items_product_id FOREIGN KEY (product_id) REFERENCES products (id),
    CONSTRAINT ck_order_items_quantity CHECK (quantity > 0)
) ENGINE=InnoDB;
