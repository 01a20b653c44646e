-- Billing for a B2B SaaS product: accounts, plans, subscriptions, invoices and payments.

CREATE TABLE accounts (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name            text        NOT NULL,
    country_code    char(2)     NOT NULL,
    country_name    text        NOT NULL,
    -- where invoices are sent, several accounts of one group often use the same AP mailbox
    billing_email   text        NOT NULL,
    tax_exempt      boolean     NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE plans (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code            text          NOT NULL UNIQUE,
    name            text          NOT NULL,
    monthly_price   numeric(12,2) NOT NULL CHECK (monthly_price >= 0),
    currency        char(3)       NOT NULL,
    is_public       boolean       NOT NULL DEFAULT true,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    updated_at      timestamptz   NOT NULL DEFAULT now()
);

CREATE TABLE subscriptions (
    id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id              bigint      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    plan_id                 bigint      NOT NULL REFERENCES plans (id) ON DELETE RESTRICT,
    status                  text        NOT NULL
                            CHECK (status IN ('trialing', 'active', 'past_due', 'canceled')),
    current_period_start    timestamptz NOT NULL,
    current_period_end      timestamptz NOT NULL,
    canceled_at             timestamptz,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_subscriptions_account_id ON subscriptions (account_id);
CREATE INDEX idx_subscriptions_plan_id ON subscriptions (plan_id);

CREATE TABLE invoices (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id      bigint        NOT NULL REFERENCES accounts (id) ON DELETE RESTRICT,
    -- NULL for one-off invoices (setup fees, consulting) that belong to no subscription
    subscription_id bigint        REFERENCES subscriptions (id) ON DELETE SET NULL,
    invoice_number  text          NOT NULL UNIQUE,
    status          text          NOT NULL
                    CHECK (status IN ('draft', 'open', 'paid', 'void', 'uncollectible')),
    currency        char(3)       NOT NULL,
    subtotal        numeric(12,2) NOT NULL,
    tax_amount      numeric(12,2) NOT NULL,
    total_amount    numeric(12,2) NOT NULL,
    issued_at       timestamptz,
    due_at          timestamptz,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    updated_at      timestamptz   NOT NULL DEFAULT now()
);

CREATE INDEX idx_invoices_account_id ON invoices (account_id);
CREATE INDEX idx_invoices_subscription_id ON invoices (subscription_id);

CREATE TABLE invoice_lines (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    invoice_id      bigint        NOT NULL REFERENCES invoices (id),
    description     text          NOT NULL,
    quantity        integer       NOT NULL,
    -- the plan price at the time the invoice was issued, plans.monthly_price changes later
    unit_price      numeric(12,2) NOT NULL,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    updated_at      timestamptz   NOT NULL DEFAULT now()
);

CREATE INDEX idx_invoice_lines_invoice_id ON invoice_lines (invoice_id);

CREATE TABLE payments (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    invoice_id          bigint           NOT NULL REFERENCES invoices (id) ON DELETE RESTRICT,
    provider            text             NOT NULL CHECK (provider IN ('stripe', 'adyen', 'bank_transfer')),
    provider_charge_id  text             NOT NULL,
    amount              double precision NOT NULL,
    currency            char(3)          NOT NULL,
    succeeded_at        timestamptz,
    created_at          timestamptz      NOT NULL DEFAULT now(),
    updated_at          timestamptz      NOT NULL DEFAULT now(),
    CONSTRAINT uq_payments_provider_provider_charge_id UNIQUE (provider, provider_charge_id)
);

CREATE INDEX idx_payments_invoice_id ON payments (invoice_id);
