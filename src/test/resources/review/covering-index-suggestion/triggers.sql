CREATE TABLE feedback_analysis (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id varchar(100) NOT NULL,
    comment_text text NOT NULL,
    churn_risk integer NOT NULL CHECK (churn_risk BETWEEN 0 AND 100),
    user_score integer NOT NULL CHECK (user_score BETWEEN 0 AND 10),
    metadata jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
-- A dashboard reads two scores per customer.
-- @query SELECT user_score, churn_risk FROM feedback_analysis WHERE customer_id = ?
CREATE INDEX idx_feedback_analysis_customer_id ON feedback_analysis (customer_id);
