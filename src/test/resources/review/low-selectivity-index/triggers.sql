-- An index on a flag alone, on a three-value enum alone, and on a string a CHECK limits to three values.
CREATE TYPE ticket_state AS ENUM ('open', 'pending', 'closed');
CREATE TABLE tickets (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    is_active boolean NOT NULL,
    state ticket_state NOT NULL,
    priority varchar(10) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT ck_tickets_priority CHECK (priority IN ('low', 'normal', 'high'))
);
CREATE INDEX idx_tickets_is_active ON tickets (is_active);
CREATE INDEX idx_tickets_state ON tickets (state);
CREATE INDEX idx_tickets_priority ON tickets (priority);
