CREATE TABLE feedback_analysis (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    comment_text text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
-- The skill's customer_timeline: feedback_id may be NULL for no stated reason.
CREATE TABLE customer_timeline (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    feedback_id integer REFERENCES feedback_analysis (id) ON DELETE CASCADE,
    occurred_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
