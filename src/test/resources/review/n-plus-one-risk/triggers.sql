CREATE TABLE feedback_analysis (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    comment_text text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
-- The skill's customer timeline: relationship("FeedbackAnalysis") with the default lazy loading.
-- @relationship customer_timeline.feedback -> feedback_analysis back_populates=timeline
-- @relationship feedback_analysis.timeline -> customer_timeline many back_populates=feedback lazy=select
CREATE TABLE customer_timeline (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    feedback_id integer NOT NULL REFERENCES feedback_analysis (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
