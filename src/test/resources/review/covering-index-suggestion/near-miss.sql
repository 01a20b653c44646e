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
-- Covered by INCLUDE; SELECT * and a lookup by primary key are not candidates.
-- @query SELECT user_score, churn_risk FROM feedback_analysis WHERE customer_id = ?
-- @query SELECT * FROM feedback_analysis WHERE customer_id = ?
-- @query SELECT comment_text FROM feedback_analysis WHERE id = ?
CREATE INDEX idx_feedback_analysis_customer_id ON feedback_analysis (customer_id) INCLUDE (user_score, churn_risk);
-- A text body is too wide to copy into an index.
-- @query SELECT comment_text, churn_risk FROM feedback_analysis WHERE customer_id = ?
