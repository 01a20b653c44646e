-- Inventory: composite primary keys and a composite foreign key.
CREATE TABLE warehouses (
    code VARCHAR(10)  PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);

CREATE TABLE bins (
    warehouse_code VARCHAR(10) NOT NULL REFERENCES warehouses (code),
    bin_no         INTEGER     NOT NULL,
    capacity       INTEGER     NOT NULL CHECK (capacity > 0),
    PRIMARY KEY (warehouse_code, bin_no)
);

CREATE TABLE stock_levels (
    warehouse_code VARCHAR(10) NOT NULL,
    bin_no         INTEGER     NOT NULL,
    item_sku       VARCHAR(40) NOT NULL,
    quantity       INTEGER     NOT NULL DEFAULT 0,
    counted_at     TIMESTAMP,
    PRIMARY KEY (warehouse_code, bin_no, item_sku),
    CONSTRAINT fk_stock_levels_bin FOREIGN KEY (warehouse_code, bin_no)
        REFERENCES bins (warehouse_code, bin_no) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT ck_stock_levels_quantity CHECK (quantity >= 0)
);
CREATE INDEX idx_stock_levels_item_sku ON stock_levels (item_sku);
