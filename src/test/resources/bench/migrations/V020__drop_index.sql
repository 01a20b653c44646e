DROP INDEX idx_tickets_priority;
