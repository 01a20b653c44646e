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
CREATE TABLE pain_points (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    feedback_id integer NOT NULL REFERENCES feedback_analysis (id) ON DELETE CASCADE,
    category varchar(50) NOT NULL,
    severity integer NOT NULL CHECK (severity BETWEEN 1 AND 10),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
-- Declared patterns: pain points by feedback and category; feedback by customer, newest first.
-- @query SELECT * FROM pain_points WHERE feedback_id = ? AND category = ?
-- @query SELECT id, comment_text FROM feedback_analysis f WHERE f.customer_id = :customer ORDER BY f.created_at DESC
CREATE INDEX idx_pain_points_feedback_id ON pain_points (feedback_id);
CREATE INDEX idx_pain_points_category ON pain_points (category);
