-- The flag as a partial index's condition or a second key; a unique index.
CREATE TYPE ticket_state AS ENUM ('open', 'pending', 'closed');
CREATE TABLE tickets (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    assignee_id integer NOT NULL,
    is_active boolean NOT NULL,
    state ticket_state NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_tickets_state_active ON tickets (state) WHERE is_active;
CREATE INDEX idx_tickets_assignee_id_is_active ON tickets (assignee_id, is_active);
