CREATE INDEX CONCURRENTLY idx_orders_open ON orders (customer_id) WHERE status = 'open';
