-- Unique by constraint, by unique index, and within a composite; password hashes are not keys.
CREATE TABLE analysis_cache (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    comment_hash varchar(64) NOT NULL UNIQUE,
    cached_result jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE customers (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id integer NOT NULL,
    email varchar(255) NOT NULL,
    username varchar(50) NOT NULL,
    password_hash varchar(255) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT uq_customers_tenant_id_email UNIQUE (tenant_id, email)
);
CREATE UNIQUE INDEX uq_customers_username ON customers (username);
