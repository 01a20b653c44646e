CREATE UNIQUE INDEX CONCURRENTLY uq_feedback_analysis_customer_id ON feedback_analysis (customer_id);
