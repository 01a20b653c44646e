-- @dialect sqlite
ALTER TABLE feedback_analysis ADD COLUMN note text;
ALTER TABLE feedback_analysis RENAME COLUMN comment_text TO body;
