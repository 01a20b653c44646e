SET lock_timeout = '2s';
ALTER TABLE orders ADD CONSTRAINT fk_orders_product FOREIGN KEY (product_id) REFERENCES products (id) NOT VALID;
