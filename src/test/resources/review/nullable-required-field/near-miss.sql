-- The same facts NOT NULL; a one-word subcategory, an optional comment, a text "score_note".
CREATE TABLE tickets (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    status varchar(20) NOT NULL,
    event_type varchar(50) NOT NULL,
    user_score integer NOT NULL,
    content_hash varchar(64) NOT NULL,
    subcategory varchar(50),
    priority integer,
    score_note text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN tickets.priority IS 'optional: set by triage';
