CREATE TABLE feedback_analysis (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    comment_text text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
-- Same types, existing targets, and a self-reference.
CREATE TABLE pain_points (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    feedback_id integer NOT NULL REFERENCES feedback_analysis (id) ON DELETE CASCADE,
    parent_id integer REFERENCES pain_points (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
