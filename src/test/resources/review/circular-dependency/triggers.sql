-- customers and addresses reference each other; three tables in a ring.
CREATE TABLE customers (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    primary_address_id integer REFERENCES addresses (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE addresses (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE a_nodes (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    b_id integer REFERENCES b_nodes (id) ON DELETE SET NULL
);
CREATE TABLE b_nodes (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    c_id integer REFERENCES c_nodes (id) ON DELETE SET NULL
);
CREATE TABLE c_nodes (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    a_id integer REFERENCES a_nodes (id) ON DELETE SET NULL
);
