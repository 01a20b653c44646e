-- Wide, but no group of three columns sharing a first word (timestamps and is_ flags do not count).
CREATE TABLE customers (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email varchar(255) NOT NULL UNIQUE,
    full_name varchar(200) NOT NULL,
    billing_street varchar(200),
    billing_city varchar(100),
    phone varchar(20),
    notes text,
    is_active boolean NOT NULL,
    is_verified boolean NOT NULL,
    is_staff boolean NOT NULL,
    deleted_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
