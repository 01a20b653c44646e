BEGIN;
SET LOCAL lock_timeout = '5s';
CREATE INDEX CONCURRENTLY idx_feedback_analysis_user_score ON feedback_analysis (user_score);
COMMIT;
