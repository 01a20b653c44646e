SET lock_timeout = '5s';
ALTER TABLE feedback_analysis ADD COLUMN priority integer;
