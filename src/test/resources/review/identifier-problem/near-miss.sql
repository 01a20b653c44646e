-- Plural table, snake_case columns, and words that are only non-reserved keywords in PostgreSQL.
CREATE TABLE users (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    first_name varchar(100) NOT NULL,
    sort_order integer NOT NULL,
    name varchar(100) NOT NULL,
    type varchar(20) NOT NULL,
    status varchar(20) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_users_sort_order ON users (sort_order);
