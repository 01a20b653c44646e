ALTER TABLE feedback_analysis ADD CONSTRAINT ck_feedback_analysis_comment_text CHECK (length(comment_text) > 0) NOT VALID;
ALTER TABLE feedback_analysis VALIDATE CONSTRAINT ck_feedback_analysis_comment_text;
