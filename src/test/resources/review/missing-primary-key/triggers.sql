-- No key at all, and a table whose id is not declared as the key.
CREATE TABLE event_log (
    message text NOT NULL,
    logged_at timestamptz NOT NULL
);
CREATE TABLE audit_entries (
    id bigint NOT NULL,
    action varchar(50) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
