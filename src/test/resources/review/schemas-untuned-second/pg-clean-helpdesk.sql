-- Customer support desk (multi-tenant). Index names follow the default pattern of PostgreSQL itself,
-- <table>_<columns>_idx, and unique constraints <table>_<columns>_key, across the whole schema.

CREATE TABLE organizations (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name            text        NOT NULL,
    subdomain       text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT organizations_subdomain_key UNIQUE (subdomain)
);

CREATE TABLE agents (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id bigint      NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    email           text        NOT NULL,
    full_name       text        NOT NULL,
    role            text        NOT NULL CHECK (role IN ('owner', 'admin', 'agent')),
    is_active       boolean     NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT agents_email_key UNIQUE (email)
);

CREATE INDEX agents_organization_id_idx ON agents (organization_id);

CREATE TABLE customers (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id bigint      NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    email           text        NOT NULL,
    full_name       text,
    phone           text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT customers_organization_id_email_key UNIQUE (organization_id, email)
);

CREATE TABLE sla_policies (
    id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id         bigint      NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name                    text        NOT NULL,
    first_response_minutes  integer     NOT NULL CHECK (first_response_minutes > 0),
    resolution_minutes      integer     NOT NULL CHECK (resolution_minutes > 0),
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT sla_policies_organization_id_name_key UNIQUE (organization_id, name)
);

CREATE TABLE tickets (
    id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id         bigint      NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    customer_id             bigint      NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    -- NULL while the ticket sits in the unassigned queue
    assignee_id             bigint      REFERENCES agents (id) ON DELETE SET NULL,
    sla_policy_id           bigint      NOT NULL REFERENCES sla_policies (id) ON DELETE RESTRICT,
    subject                 text        NOT NULL,
    status                  text        NOT NULL DEFAULT 'new'
                            CHECK (status IN ('new', 'open', 'pending', 'solved', 'closed')),
    priority                text        NOT NULL DEFAULT 'normal'
                            CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    first_response_due_at   timestamptz NOT NULL,
    solved_at               timestamptz,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX tickets_organization_id_created_at_idx ON tickets (organization_id, created_at);
CREATE INDEX tickets_organization_id_updated_at_idx ON tickets (organization_id, updated_at DESC)
    WHERE status IN ('new', 'open', 'pending');
CREATE INDEX tickets_customer_id_idx ON tickets (customer_id);
CREATE INDEX tickets_assignee_id_status_idx ON tickets (assignee_id, status);
CREATE INDEX tickets_sla_policy_id_idx ON tickets (sla_policy_id);
CREATE INDEX tickets_first_response_due_at_idx ON tickets (first_response_due_at) WHERE status = 'new';

CREATE TABLE ticket_messages (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id           bigint      NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    -- exactly one author: an agent or the customer (see the CHECK)
    author_agent_id     bigint      REFERENCES agents (id) ON DELETE RESTRICT,
    author_customer_id  bigint      REFERENCES customers (id) ON DELETE RESTRICT,
    body                text        NOT NULL,
    is_internal         boolean     NOT NULL DEFAULT false,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT ticket_messages_author_check CHECK (num_nonnulls(author_agent_id, author_customer_id) = 1)
);

CREATE INDEX ticket_messages_ticket_id_created_at_idx ON ticket_messages (ticket_id, created_at);
CREATE INDEX ticket_messages_author_agent_id_idx ON ticket_messages (author_agent_id);
CREATE INDEX ticket_messages_author_customer_id_idx ON ticket_messages (author_customer_id);

CREATE TABLE ticket_events (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id       bigint      NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    event_type      text        NOT NULL
                    CHECK (event_type IN ('created', 'assigned', 'status_changed', 'priority_changed', 'merged')),
    -- shown as-is in the ticket timeline, never filtered on
    payload         jsonb       NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX ticket_events_ticket_id_created_at_idx ON ticket_events (ticket_id, created_at);
