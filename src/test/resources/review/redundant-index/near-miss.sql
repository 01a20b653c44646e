-- Different leading columns, a unique index, a partial index and a GIN index are not redundant.
CREATE TABLE orders (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id integer NOT NULL,
    placed_at timestamptz NOT NULL,
    reference varchar(40) NOT NULL,
    details jsonb NOT NULL,
    deleted_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_orders_customer_id_placed_at ON orders (customer_id, placed_at);
CREATE INDEX idx_orders_placed_at_customer_id ON orders (placed_at, customer_id);
CREATE UNIQUE INDEX uq_orders_reference ON orders (reference);
CREATE INDEX idx_orders_reference_placed_at ON orders (reference, placed_at);
CREATE INDEX idx_orders_customer_id_active ON orders (customer_id) WHERE deleted_at IS NULL;
CREATE INDEX idx_orders_details ON orders USING gin (details);
