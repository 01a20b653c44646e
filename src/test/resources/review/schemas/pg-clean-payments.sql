CREATE TABLE merchants (
    id uuid PRIMARY KEY,
    legal_name text NOT NULL,
    external_id varchar(64) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT uq_merchants_external_id UNIQUE (external_id)
);

CREATE TABLE payments (
    id uuid PRIMARY KEY,
    merchant_id uuid NOT NULL,
    amount_cents bigint NOT NULL,
    currency char(3) NOT NULL,
    status varchar(20) NOT NULL,
    idempotency_key varchar(80) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT fk_payments_merchant_id FOREIGN KEY (merchant_id) REFERENCES merchants (id) ON DELETE RESTRICT,
    CONSTRAINT ck_payments_amount_cents CHECK (amount_cents > 0),
    CONSTRAINT ck_payments_status CHECK (status IN ('pending', 'succeeded', 'failed', 'refunded')),
    CONSTRAINT uq_payments_merchant_id_idempotency_key UNIQUE (merchant_id, idempotency_key)
);
CREATE INDEX idx_payments_merchant_id_created_at ON payments (merchant_id, created_at);
CREATE INDEX idx_payments_pending ON payments (created_at) WHERE status = 'pending';
