ALTER TABLE feedback_analysis ADD CONSTRAINT uq_feedback_analysis_customer_id UNIQUE (customer_id);
