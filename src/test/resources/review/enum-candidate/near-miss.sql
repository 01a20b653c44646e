-- An enum type, a CHECK … IN list, and a one-word subcategory.
CREATE TYPE pain_point_category AS ENUM ('CONNECTIVITY', 'SPEED', 'SUPPORT', 'BILLING');
CREATE TABLE pain_points (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    category pain_point_category NOT NULL,
    status varchar(20) NOT NULL CHECK (status IN ('open', 'closed')),
    subcategory varchar(50),
    status_note text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
