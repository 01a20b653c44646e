-- Feature flags: boolean defaults, partial index on enabled flags, rollout percentage check.
CREATE TABLE feature_flags (
    key         VARCHAR(100) PRIMARY KEY,
    enabled     BOOLEAN      NOT NULL DEFAULT false,
    rollout_pct SMALLINT     NOT NULL DEFAULT 0,
    description TEXT,
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT ck_feature_flags_rollout_pct CHECK (rollout_pct BETWEEN 0 AND 100)
);
CREATE INDEX idx_feature_flags_enabled ON feature_flags (key) WHERE enabled;

CREATE TABLE flag_overrides (
    flag_key   VARCHAR(100) NOT NULL REFERENCES feature_flags (key) ON DELETE CASCADE ON UPDATE CASCADE,
    account_id BIGINT       NOT NULL,
    enabled    BOOLEAN      NOT NULL,
    PRIMARY KEY (flag_key, account_id)
);
CREATE INDEX idx_flag_overrides_account_id ON flag_overrides (account_id);
