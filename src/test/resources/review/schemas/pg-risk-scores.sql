CREATE TABLE accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    risk_score integer NOT NULL,
    health_score integer NOT NULL,
    win_probability numeric(4,3),
    onboarding_completion_percent smallint,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN accounts.health_score IS 'computed nightly, 0 to 100';

CREATE TABLE account_alerts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    priority smallint NOT NULL,
    confidence real NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_account_alerts_account_id ON account_alerts(account_id);
