-- Both columns present; a pure association table and Alembic's own table need none.
CREATE TABLE pain_points (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    category varchar(50) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE tags (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name varchar(50) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE pain_point_tags (
    pain_point_id integer NOT NULL REFERENCES pain_points (id) ON DELETE CASCADE,
    tag_id integer NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (pain_point_id, tag_id)
);
CREATE TABLE alembic_version (
    version_num varchar(32) NOT NULL PRIMARY KEY
);
-- Another convention's names for the same facts (Django's created/modified); an event table is written once.
CREATE TABLE pain_point_notes (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body text NOT NULL,
    created timestamptz NOT NULL DEFAULT now(),
    modified timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE pain_point_events (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind varchar(30) NOT NULL,
    occurred_at timestamptz NOT NULL DEFAULT now()
);
