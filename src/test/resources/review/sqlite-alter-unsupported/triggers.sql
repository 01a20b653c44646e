-- @dialect sqlite
ALTER TABLE feedback_analysis ALTER COLUMN user_score SET NOT NULL;
