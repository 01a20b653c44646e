CREATE TABLE feedback_analysis (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    comment_text text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
-- One side only; a back_populates naming nothing; a pair pointing elsewhere.
-- @relationship pain_points.feedback -> feedback_analysis
-- @relationship pain_points.reviewer -> feedback_analysis back_populates=reviewed_points
-- @relationship feedback_analysis.notes -> pain_points many back_populates=feedback
CREATE TABLE pain_points (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    feedback_id integer NOT NULL REFERENCES feedback_analysis (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
