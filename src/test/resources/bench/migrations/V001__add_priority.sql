ALTER TABLE tickets ADD COLUMN priority integer;
CREATE INDEX idx_tickets_priority ON tickets (priority);
