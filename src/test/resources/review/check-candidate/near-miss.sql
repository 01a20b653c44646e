-- Each bounded value has a CHECK (inline, named, or in a table constraint); text "severity_label" is not numeric; price_tier_id is a key.
CREATE TABLE pain_points (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    severity integer NOT NULL CHECK (severity BETWEEN 1 AND 10),
    unit_price numeric(12,2) NOT NULL,
    rating smallint NOT NULL,
    severity_label varchar(20) NOT NULL,
    price_tier_id integer NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT ck_pain_points_unit_price CHECK (unit_price >= 0),
    CHECK (rating >= 1 AND rating <= 5)
);
