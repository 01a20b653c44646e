-- An index on a flag alone, and on a three-value enum alone.
CREATE TYPE ticket_state AS ENUM ('open', 'pending', 'closed');
CREATE TABLE tickets (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    is_active boolean NOT NULL,
    state ticket_state NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_tickets_is_active ON tickets (is_active);
CREATE INDEX idx_tickets_state ON tickets (state);
