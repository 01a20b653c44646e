CREATE TYPE ticket_state AS ENUM ('open', 'pending', 'closed');

CREATE TABLE accounts (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        varchar(200) NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE tickets (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id  bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    state       ticket_state NOT NULL DEFAULT 'open',
    is_archived boolean NOT NULL DEFAULT false,
    subject     text NOT NULL,
    deleted_at  timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_tickets_account_id ON tickets (account_id);
CREATE INDEX idx_tickets_state ON tickets (state);
CREATE INDEX idx_tickets_is_archived ON tickets (is_archived);
