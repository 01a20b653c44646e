ALTER TABLE feedback_analysis ADD CONSTRAINT ck_feedback_analysis_user_score_not_null CHECK (user_score IS NOT NULL) NOT VALID;
ALTER TABLE feedback_analysis ALTER COLUMN comment_text SET NOT NULL;
