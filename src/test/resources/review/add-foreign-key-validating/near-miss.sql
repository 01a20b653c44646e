CREATE TABLE customers (id varchar(100) PRIMARY KEY);
ALTER TABLE feedback_analysis ADD CONSTRAINT fk_feedback_analysis_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
ALTER TABLE feedback_analysis VALIDATE CONSTRAINT fk_feedback_analysis_customer_id;
