-- The skill's severity with no CHECK, plus a price and a rating.
CREATE TABLE pain_points (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    severity integer NOT NULL,
    unit_price numeric(12,2) NOT NULL,
    rating smallint NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
