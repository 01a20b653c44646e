-- dialects: sqlite (defaults call functions only SQLite has)
-- Settings (SQLite): a default of every kind; booleans are 0/1.
CREATE TABLE app_settings (
    id          SMALLINT     NOT NULL PRIMARY KEY,
    label       VARCHAR(50)  NOT NULL DEFAULT 'default',
    quote       TEXT         NOT NULL DEFAULT 'it''s fine',
    retries     INTEGER      NOT NULL DEFAULT 3,
    ratio       NUMERIC(4,2) NOT NULL DEFAULT 0.75,
    offset_secs INTEGER      NOT NULL DEFAULT -30,
    threshold   REAL         NOT NULL DEFAULT 1.5,
    enabled     BOOLEAN      NOT NULL DEFAULT 0,
    audit_on    BOOLEAN      NOT NULL DEFAULT 1,
    created_at  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    touched_at  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    token       VARCHAR(36)  NOT NULL DEFAULT (lower(hex(randomblob(16)))),
    valid_until DATE         DEFAULT (date('now', '+30 days')),
    note        TEXT         DEFAULT NULL
);
