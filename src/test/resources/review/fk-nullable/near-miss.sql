CREATE TABLE feedback_analysis (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    comment_text text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE feedback_categories (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
-- Optional on purpose: SET NULL, a self-reference, a comment, a parent_ name, a category the row is sorted into.
CREATE TABLE customer_timeline (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    feedback_id integer REFERENCES feedback_analysis (id) ON DELETE SET NULL,
    source_feedback_id integer REFERENCES feedback_analysis (id) ON DELETE CASCADE,
    parent_feedback_id integer REFERENCES feedback_analysis (id) ON DELETE CASCADE,
    previous_event_id integer REFERENCES customer_timeline (id) ON DELETE CASCADE,
    category_id integer REFERENCES feedback_categories (id),
    occurred_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN customer_timeline.source_feedback_id IS 'optional: events from other channels have no feedback';
