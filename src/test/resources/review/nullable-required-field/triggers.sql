-- A status, an event type, a score and a key-like hash left nullable.
CREATE TABLE tickets (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    status varchar(20),
    event_type varchar(50),
    user_score integer,
    content_hash varchar(64),
    code varchar(20),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
