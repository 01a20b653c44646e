CREATE TABLE feedback_analysis (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    comment_text text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
-- The ORM deletes pain points but the database would not; SET NULL on a NOT NULL key.
-- @relationship feedback_analysis.pain_points -> pain_points many back_populates=feedback cascade="all, delete-orphan"
-- @relationship pain_points.feedback -> feedback_analysis back_populates=pain_points
CREATE TABLE pain_points (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    feedback_id integer NOT NULL REFERENCES feedback_analysis (id) ON DELETE RESTRICT,
    reviewer_feedback_id integer NOT NULL REFERENCES feedback_analysis (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
-- Neither side decides: no delete cascade, no ON DELETE on the nullable key.
-- @relationship boards.cards -> cards many back_populates=board
-- @relationship cards.board -> boards back_populates=cards
CREATE TABLE boards (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE cards (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    board_id integer REFERENCES boards (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_cards_board_id ON cards (board_id);
