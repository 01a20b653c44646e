ALTER TABLE tickets ADD COLUMN status text;
UPDATE tickets SET status = 'open';
