CREATE TABLE places (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    google_place_id varchar(255) NOT NULL,
    name varchar(200) NOT NULL,
    latitude double precision NOT NULL,
    longitude double precision NOT NULL,
    avg_rating numeric(3,2),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE visits (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    place_id bigint NOT NULL REFERENCES places(id) ON DELETE CASCADE,
    visited_on date NOT NULL,
    duration_minutes integer NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_visits_place_id ON visits (place_id);
