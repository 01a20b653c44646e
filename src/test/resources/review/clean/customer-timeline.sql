-- The skill's customer timeline with its review applied: required feedback, cascade, both sides.
-- @relationship customer_timeline.feedback -> feedback_analysis back_populates=timeline_events lazy=joined
-- @relationship feedback_analysis.timeline_events -> customer_timeline many back_populates=feedback cascade="all, delete-orphan" lazy=selectin
CREATE TYPE timeline_event_type AS ENUM ('FEEDBACK', 'ESCALATION', 'RESOLVED');

CREATE TABLE feedback_analysis (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id varchar(100) NOT NULL,
    comment_text text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_feedback_analysis_customer_id ON feedback_analysis (customer_id);

CREATE TABLE customer_timeline (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id varchar(100) NOT NULL,
    feedback_id integer NOT NULL REFERENCES feedback_analysis (id) ON DELETE CASCADE,
    event_type timeline_event_type NOT NULL,
    event_data jsonb,
    occurred_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_customer_timeline_customer_id_occurred_at ON customer_timeline (customer_id, occurred_at);
CREATE INDEX idx_customer_timeline_feedback_id_occurred_at ON customer_timeline (feedback_id, occurred_at);
