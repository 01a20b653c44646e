-- Facts about the order itself next to customer_id; city without a postal code.
CREATE TABLE orders (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id integer NOT NULL,
    customer_since date,
    customer_type varchar(20),
    delivery_name varchar(200) NOT NULL,
    city varchar(100) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
