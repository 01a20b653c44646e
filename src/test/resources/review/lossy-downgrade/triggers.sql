-- migrate:up
ALTER TABLE feedback_analysis ADD COLUMN priority integer;

-- migrate:down
ALTER TABLE feedback_analysis DROP COLUMN priority;
