-- @observe
ALTER TABLE feedback_analysis ADD COLUMN seq BIGINT;
