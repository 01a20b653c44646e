CREATE TABLE feedback_analysis (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id varchar(100) NOT NULL,
    comment_text text NOT NULL,
    churn_risk integer NOT NULL CHECK (churn_risk BETWEEN 0 AND 100),
    user_score integer NOT NULL CHECK (user_score BETWEEN 0 AND 10),
    metadata jsonb NOT NULL,
    pain_points_count integer NOT NULL DEFAULT 0,
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
-- The parent already stores the count; a count by a plain column is not through a foreign key.
-- @query SELECT count(*) FROM pain_points WHERE feedback_id = ?
-- @query SELECT count(*) FROM pain_points WHERE category = ?
-- A count since a date is not a counter a column could keep.
-- @query SELECT count(*) FROM pain_points WHERE feedback_id = ? AND created_at >= ?
