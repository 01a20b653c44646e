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
-- Both columns indexed (a composite led by customer_id counts).
CREATE TABLE analysis_cache (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    comment_hash varchar(64) NOT NULL UNIQUE,
    expires_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_analysis_cache_expires_at ON analysis_cache (expires_at);
CREATE INDEX idx_feedback_analysis_customer_id_created_at ON feedback_analysis (customer_id, created_at);
