BEGIN;
SET LOCAL lock_timeout = '5s';
ALTER TABLE feedback_analysis ADD COLUMN priority integer;
COMMIT;
CREATE INDEX CONCURRENTLY idx_feedback_analysis_user_score ON feedback_analysis (user_score);
