-- helpdesk: multi-tenant ticketing. Indexes are named <table>_<cols>_idx like postgres would.
CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TABLE organizations (
    id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    slug        text        NOT NULL UNIQUE,
    name        text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE agents (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id        uuid        NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    email         text        NOT NULL,
    display_name  text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (org_id, email)
);

CREATE TABLE tickets (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id           uuid        NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    requester_email  text        NOT NULL,
    assignee_id      bigint      REFERENCES agents (id) ON DELETE SET NULL,
    subject          text        NOT NULL,
    body             text        NOT NULL,
    status           text        NOT NULL DEFAULT 'new'
                     CHECK (status IN ('new', 'open', 'pending', 'solved', 'closed')),
    is_urgent        boolean     NOT NULL DEFAULT false,
    deleted_at       timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tickets_org_id_idx ON tickets (org_id);
CREATE INDEX tickets_assignee_id_idx ON tickets (assignee_id);
CREATE INDEX tickets_is_urgent_idx ON tickets (is_urgent);

-- "share this ticket" links sent to external people; a cron job purges expired ones every 5 min
CREATE TABLE ticket_share_links (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id   bigint      NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    token       text        NOT NULL UNIQUE,
    expires_at  timestamptz NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ticket_share_links_ticket_id_idx ON ticket_share_links (ticket_id);
