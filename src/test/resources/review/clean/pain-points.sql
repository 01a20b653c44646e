-- The skill's final recommendation for pain point tracking: NOT NULL foreign key with
-- ON DELETE CASCADE and its index, CHECK on severity, enum for the category, both
-- relationship sides with back_populates, timestamps.
-- @relationship feedback_analysis.pain_points -> pain_points many back_populates=feedback cascade="all, delete-orphan" lazy=selectin
-- @relationship pain_points.feedback -> feedback_analysis back_populates=pain_points lazy=joined
CREATE TYPE pain_point_category AS ENUM ('CONNECTIVITY', 'SPEED', 'SUPPORT', 'BILLING');

CREATE TABLE feedback_analysis (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id varchar(100) NOT NULL,
    comment_text text NOT NULL,
    user_score integer NOT NULL CHECK (user_score BETWEEN 0 AND 10),
    sentiment_score numeric(4,3) NOT NULL CHECK (sentiment_score BETWEEN -1 AND 1),
    churn_risk integer NOT NULL CHECK (churn_risk BETWEEN 0 AND 100),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_feedback_analysis_customer_id_created_at ON feedback_analysis (customer_id, created_at);

CREATE TABLE pain_points (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    feedback_id integer NOT NULL REFERENCES feedback_analysis (id) ON DELETE CASCADE,
    category pain_point_category NOT NULL,
    subcategory varchar(50),
    severity integer NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT ck_pain_points_severity CHECK (severity BETWEEN 1 AND 10)
);
CREATE INDEX idx_pain_points_category ON pain_points (category);
CREATE INDEX idx_pain_points_severity ON pain_points (severity);
CREATE INDEX idx_pain_points_feedback_id_category ON pain_points (feedback_id, category);

CREATE TABLE pain_point_keywords (
    pain_point_id integer NOT NULL REFERENCES pain_points (id) ON DELETE CASCADE,
    keyword varchar(100) NOT NULL,
    PRIMARY KEY (pain_point_id, keyword)
);
CREATE INDEX idx_pain_point_keywords_keyword ON pain_point_keywords (keyword);
