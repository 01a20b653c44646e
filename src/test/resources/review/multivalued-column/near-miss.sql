-- One keyword per row, tags as JSON, a singular keyword.
CREATE TABLE pain_points (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tags jsonb,
    primary_keyword varchar(100),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE pain_point_keywords (
    pain_point_id integer NOT NULL REFERENCES pain_points (id) ON DELETE CASCADE,
    keyword varchar(100) NOT NULL,
    PRIMARY KEY (pain_point_id, keyword)
);
-- Singular names: one author, one allergen note.
CREATE TABLE recipes (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    author_name varchar(200),
    allergen_note text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
