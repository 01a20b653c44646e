BEGIN;
ALTER TABLE events RENAME TO events_backup;
CREATE TABLE events (id bigint PRIMARY KEY, kind text NOT NULL, payload jsonb);
INSERT INTO events (id, kind, payload) SELECT id, kind, payload FROM events_backup;
CREATE INDEX idx_events_kind ON events (kind);
COMMIT;
