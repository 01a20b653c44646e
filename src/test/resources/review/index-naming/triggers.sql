-- Names that say nothing, or not the convention's prefixes.
CREATE TABLE customer_timeline (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id varchar(100) NOT NULL,
    occurred_at timestamptz NOT NULL,
    score integer NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT score_range CHECK (score >= 0)
);
CREATE INDEX customer_ts ON customer_timeline (customer_id, occurred_at);
CREATE INDEX idx_customer_timeline ON customer_timeline (customer_id);
