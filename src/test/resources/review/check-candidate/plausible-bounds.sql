-- Bounds come from the project (a comment, a same-named column's check) or the column's meaning; otherwise the finding asks.
CREATE TABLE feedback (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sentiment_score double precision,
    confidence double precision NOT NULL,
    discount_percent numeric(5,2),
    rating smallint NOT NULL,
    age integer,
    user_score integer,
    priority integer NOT NULL,
    quality_score integer NOT NULL,
    churn_score double precision,
    unit_price numeric(12,2) NOT NULL
);
COMMENT ON COLUMN feedback.churn_score IS 'risk of churn, from 0 to 1';

CREATE TABLE reviews (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    quality_score integer NOT NULL CHECK (quality_score BETWEEN 0 AND 10)
);
