ALTER TABLE feedback_analysis DROP COLUMN comment_text;
