CREATE TABLE warehouses (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code varchar(10) NOT NULL UNIQUE,
    name varchar(120) NOT NULL,
    latitude numeric(9,6) CHECK (latitude BETWEEN -90 AND 90),
    longitude numeric(9,6) CHECK (longitude BETWEEN -180 AND 180),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE stock_levels (
    warehouse_id integer NOT NULL REFERENCES warehouses (id) ON DELETE CASCADE,
    product_sku varchar(40) NOT NULL,
    quantity integer NOT NULL CHECK (quantity >= 0),
    reorder_point integer NOT NULL DEFAULT 0 CHECK (reorder_point >= 0),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (warehouse_id, product_sku)
);
