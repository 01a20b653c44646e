-- a catalogue keeping free-form attributes in jsonb, indexed for the reads it serves
CREATE TABLE products (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku         text NOT NULL,
    attributes  jsonb NOT NULL DEFAULT '{}'::jsonb,
    deleted_at  timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT products_sku_key UNIQUE (sku)
);
CREATE INDEX products_attributes_idx ON products USING gin (attributes jsonb_path_ops);
CREATE INDEX products_brand_idx ON products ((attributes ->> 'brand'));
CREATE INDEX products_created_at_idx ON products (created_at) WHERE deleted_at IS NULL;

CREATE TABLE product_events (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    product_id  bigint NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    payload     json NOT NULL,
    occurred_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX product_events_product_id_occurred_at_idx ON product_events (product_id, occurred_at);
