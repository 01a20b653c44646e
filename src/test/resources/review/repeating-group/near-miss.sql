-- Numbers that are part of a name (ipv4/ipv6, sha256), and a single numbered column.
CREATE TABLE customers (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ipv4 varchar(15),
    ipv6 varchar(45),
    sha256 varchar(64),
    address_line1 varchar(100),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
