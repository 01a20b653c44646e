-- migrate:up
CREATE INDEX idx_feedback_analysis_user_score ON feedback_analysis (user_score);

-- migrate:down
DROP INDEX idx_feedback_analysis_user_score;
