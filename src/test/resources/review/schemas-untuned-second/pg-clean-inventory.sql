-- Warehouse inventory: products, stock per warehouse, the stock ledger and purchase orders.

CREATE TABLE warehouses (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code            text        NOT NULL UNIQUE,
    name            text        NOT NULL,
    address_line1   text        NOT NULL,
    address_line2   text,
    city            text        NOT NULL,
    postal_code     text        NOT NULL,
    country_code    char(2)     NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE suppliers (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name            text        NOT NULL,
    -- the order desk of the supplier, several suppliers of one group share it
    contact_email   text        NOT NULL,
    phone           text,
    country_code    char(2)     NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE products (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku             text        NOT NULL UNIQUE,
    name            text        NOT NULL,
    description     text,
    unit_of_measure text        NOT NULL CHECK (unit_of_measure IN ('each', 'kg', 'l', 'm')),
    weight_grams    integer     CHECK (weight_grams > 0),
    is_active       boolean     NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE stock_levels (
    warehouse_id        bigint      NOT NULL REFERENCES warehouses (id) ON DELETE CASCADE,
    product_id          bigint      NOT NULL REFERENCES products (id) ON DELETE RESTRICT,
    quantity_on_hand    integer     NOT NULL DEFAULT 0 CHECK (quantity_on_hand >= 0),
    reorder_point       integer     NOT NULL DEFAULT 0 CHECK (reorder_point >= 0),
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (warehouse_id, product_id)
);

CREATE INDEX idx_stock_levels_product_id ON stock_levels (product_id);

CREATE TABLE stock_movements (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    warehouse_id    bigint      NOT NULL REFERENCES warehouses (id) ON DELETE RESTRICT,
    product_id      bigint      NOT NULL REFERENCES products (id) ON DELETE RESTRICT,
    quantity_delta  integer     NOT NULL CHECK (quantity_delta <> 0),
    reason          text        NOT NULL CHECK (reason IN ('receipt', 'shipment', 'adjustment', 'transfer')),
    reference       text,
    moved_at        timestamptz NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_stock_movements_product_id_moved_at ON stock_movements (product_id, moved_at);
CREATE INDEX idx_stock_movements_warehouse_id_moved_at ON stock_movements (warehouse_id, moved_at);

CREATE TABLE purchase_orders (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    supplier_id     bigint      NOT NULL REFERENCES suppliers (id) ON DELETE RESTRICT,
    warehouse_id    bigint      NOT NULL REFERENCES warehouses (id) ON DELETE RESTRICT,
    po_number       text        NOT NULL UNIQUE,
    status          text        NOT NULL DEFAULT 'draft'
                    CHECK (status IN ('draft', 'sent', 'partially_received', 'received', 'cancelled')),
    ordered_at      timestamptz,
    expected_at     timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_purchase_orders_supplier_id ON purchase_orders (supplier_id);
CREATE INDEX idx_purchase_orders_warehouse_id ON purchase_orders (warehouse_id);

CREATE TABLE purchase_order_lines (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    purchase_order_id   bigint        NOT NULL REFERENCES purchase_orders (id) ON DELETE CASCADE,
    product_id          bigint        NOT NULL REFERENCES products (id) ON DELETE RESTRICT,
    -- the SKU as printed on the PO sent to the supplier, products get re-coded, the PO must not change
    sku                 text          NOT NULL,
    quantity_ordered    integer       NOT NULL CHECK (quantity_ordered > 0),
    quantity_received   integer       NOT NULL DEFAULT 0 CHECK (quantity_received >= 0),
    -- negotiated cost for this order
    unit_cost           numeric(12,4) NOT NULL CHECK (unit_cost >= 0),
    created_at          timestamptz   NOT NULL DEFAULT now(),
    updated_at          timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT uq_purchase_order_lines_purchase_order_id_product_id UNIQUE (purchase_order_id, product_id)
);

CREATE INDEX idx_purchase_order_lines_product_id ON purchase_order_lines (product_id);
