-- dialects: postgresql (defaults call functions only PostgreSQL has)
-- Multi-tenant accounts: composite uniqueness, partial unique index, expression index.
CREATE TABLE tenants (
    id   UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    name VARCHAR(120) NOT NULL
);

CREATE TABLE accounts (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id  UUID         NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    email      VARCHAR(255) NOT NULL,
    role       VARCHAR(20)  NOT NULL DEFAULT 'member',
    deleted_at TIMESTAMPTZ,
    CONSTRAINT ck_accounts_role CHECK (role IN ('owner', 'admin', 'member'))
);
CREATE UNIQUE INDEX uq_accounts_tenant_email_live ON accounts (tenant_id, email) WHERE deleted_at IS NULL;
CREATE INDEX idx_accounts_lower_email ON accounts (lower(email));
