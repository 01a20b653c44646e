-- The skill's keywords String(500), tags as text, ids as text.
CREATE TABLE pain_points (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    keywords varchar(500),
    tags text,
    related_feedback_ids text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
-- Plurals of things counted one by one.
CREATE TABLE recipes (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    allergens varchar(300),
    author_names text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
