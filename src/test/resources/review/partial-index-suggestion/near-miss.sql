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
-- Partial indexes already exist for both; parameters, not literals, in a third query.
-- @query SELECT * FROM feedback_analysis WHERE churn_risk > 70
-- @query SELECT * FROM pain_points p WHERE p.feedback_id = ? AND p.severity >= 7
-- @query SELECT * FROM pain_points WHERE severity >= ?
CREATE INDEX idx_high_churn ON feedback_analysis (churn_risk) WHERE churn_risk > 70;
CREATE INDEX idx_pain_points_feedback_id_high ON pain_points (feedback_id) WHERE severity >= 7;
