ALTER TABLE feedback_analysis ALTER COLUMN customer_id TYPE text;
