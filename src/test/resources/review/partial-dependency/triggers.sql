-- product_name describes product_id only; unit_label repeats a column of products.
CREATE TABLE products (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name varchar(200) NOT NULL,
    unit_label varchar(20) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE order_items (
    order_id integer NOT NULL,
    product_id integer NOT NULL REFERENCES products (id) ON DELETE RESTRICT,
    product_name varchar(200) NOT NULL,
    unit_label varchar(20) NOT NULL,
    quantity integer NOT NULL CHECK (quantity > 0),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (order_id, product_id)
);
