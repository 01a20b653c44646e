-- dialects: mariadb (defaults call functions only MariaDB has)
-- Settings (MariaDB): a default of every kind, with column comments.
CREATE TABLE app_settings (
    id          SMALLINT     NOT NULL PRIMARY KEY,
    label       VARCHAR(50)  NOT NULL DEFAULT 'default' COMMENT 'Shown in the admin screen',
    quote       VARCHAR(100) NOT NULL DEFAULT 'it''s fine',
    retries     INT          NOT NULL DEFAULT 3,
    ratio       DECIMAL(4,2) NOT NULL DEFAULT 0.75,
    offset_secs INT          NOT NULL DEFAULT -30,
    threshold   DOUBLE       NOT NULL DEFAULT 1.5,
    enabled     BOOLEAN      NOT NULL DEFAULT FALSE,
    audit_on    TINYINT(1)   NOT NULL DEFAULT 1,
    created_at  DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    touched_at  DATETIME(6)  NOT NULL DEFAULT current_timestamp(6),
    token       UUID         NOT NULL DEFAULT (UUID()),
    valid_until DATE         DEFAULT (CURRENT_DATE + INTERVAL 30 DAY),
    note        TEXT         DEFAULT NULL
) ENGINE=InnoDB COMMENT='Application-wide settings, one row per environment';
