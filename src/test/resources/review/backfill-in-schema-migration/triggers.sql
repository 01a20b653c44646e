ALTER TABLE feedback_analysis ADD COLUMN priority integer;
UPDATE feedback_analysis SET priority = 0;
