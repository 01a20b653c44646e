CREATE TABLE feedback_analysis (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    comment_text text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
-- feedback_id leads no index (it is second in the composite); the composite FK has none.
CREATE TABLE pain_points (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    feedback_id integer NOT NULL REFERENCES feedback_analysis (id) ON DELETE CASCADE,
    category varchar(50) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_pain_points_category_feedback_id ON pain_points (category, feedback_id);
CREATE TABLE regions (
    country_code varchar(2) NOT NULL,
    region_code varchar(10) NOT NULL,
    PRIMARY KEY (country_code, region_code)
);
CREATE TABLE stores (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    country_code varchar(2) NOT NULL,
    region_code varchar(10) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (country_code, region_code) REFERENCES regions (country_code, region_code) ON DELETE RESTRICT
);
