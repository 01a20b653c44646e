ALTER TABLE feedback_analysis ADD COLUMN priority integer NOT NULL;
