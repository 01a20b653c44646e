-- The skill's severity with no CHECK, plus a price and a rating.
CREATE TABLE pain_points (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    severity integer NOT NULL,
    unit_price numeric(12,2) NOT NULL,
    rating smallint NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
-- Coordinates: the name states the range.
CREATE TABLE places (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    latitude numeric(9,6) NOT NULL,
    longitude numeric(9,6) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
