CREATE TABLE plans (
    id smallint PRIMARY KEY,
    plan_code varchar(30) NOT NULL,
    monthly_price numeric(8,2) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE subscriptions (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id smallint NOT NULL REFERENCES plans(id) ON DELETE RESTRICT,
    account_email varchar(254) NOT NULL,
    status varchar(16) NOT NULL,
    renews_on date NOT NULL,
    discount_pct smallint,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_subscriptions_plan_id ON subscriptions(plan_id);
