ALTER TABLE feedback_analysis RENAME COLUMN comment_text TO body;
