-- The skill's pain point table before its BaseModel: neither column; and one missing updated_at.
CREATE TABLE pain_points (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    category varchar(50) NOT NULL
);
CREATE TABLE analysis_cache (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    comment_hash varchar(64) NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now()
);
