ALTER TABLE feedback_analysis ADD COLUMN language varchar(8) NOT NULL;
CREATE INDEX idx_feedback_analysis_language ON feedback_analysis (language);
ALTER TABLE analysis_cache DROP COLUMN expires_at;
