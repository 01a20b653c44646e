CREATE TABLE feedback_analysis (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    comment_text text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
-- A misspelt table, a missing column, and a bigint pointing at an integer key.
CREATE TABLE pain_points (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    feedback_id bigint NOT NULL REFERENCES feedback_analysis (id) ON DELETE CASCADE,
    report_id integer NOT NULL REFERENCES feedback_reports (id) ON DELETE CASCADE,
    analysis_uuid uuid NOT NULL REFERENCES feedback_analysis (uuid) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
