-- dialects: postgresql (defaults call functions only PostgreSQL has)
-- Settings: a default of every kind.
CREATE TABLE app_settings (
    id          SMALLINT PRIMARY KEY,
    label       VARCHAR(50)      NOT NULL DEFAULT 'default',
    quote       TEXT             NOT NULL DEFAULT 'it''s fine',
    retries     INTEGER          NOT NULL DEFAULT 3,
    ratio       NUMERIC(4,2)     NOT NULL DEFAULT 0.75,
    offset_secs INTEGER          NOT NULL DEFAULT -30,
    threshold   DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    enabled     BOOLEAN          NOT NULL DEFAULT false,
    audit_on    BOOLEAN          NOT NULL DEFAULT true,
    created_at  TIMESTAMPTZ      NOT NULL DEFAULT CURRENT_TIMESTAMP,
    touched_at  TIMESTAMPTZ      NOT NULL DEFAULT now(),
    token       UUID             NOT NULL DEFAULT gen_random_uuid(),
    valid_until DATE             DEFAULT (CURRENT_DATE + 30),
    note        TEXT             DEFAULT NULL
);
