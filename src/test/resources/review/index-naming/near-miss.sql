-- idx_<table>_<columns>, the skill's abbreviated idx_pain_category, uq_ for a unique index, ck_ for a check.
CREATE TABLE customer_timeline (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id varchar(100) NOT NULL,
    occurred_at timestamptz NOT NULL,
    category varchar(50) NOT NULL,
    score integer NOT NULL,
    external_ref varchar(40) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT ck_customer_timeline_score CHECK (score >= 0),
    CONSTRAINT customer_timeline_score_check CHECK (score <= 1000)
);
CREATE INDEX idx_customer_timeline_customer_id_occurred_at ON customer_timeline (customer_id, occurred_at);
CREATE INDEX idx_pain_category ON customer_timeline (category);
CREATE UNIQUE INDEX uq_customer_timeline_external_ref ON customer_timeline (external_ref);
-- SQLAlchemy's naming convention (ix_), PostgreSQL's default (<table>_<columns>_idx), a partial index named by its condition.
CREATE INDEX ix_customer_timeline_score ON customer_timeline (score);
CREATE INDEX customer_timeline_created_at_idx ON customer_timeline (created_at);
CREATE INDEX idx_customer_timeline_negative ON customer_timeline (occurred_at) WHERE category = 'negative';
-- names tools generate: Rails' index_<table>_on_<columns>, Django's <table>_<column>_<hash>, MySQL's first column.
CREATE INDEX index_customer_timeline_on_occurred_at_score ON customer_timeline (occurred_at, score);
CREATE INDEX customer_timeline_customer_id_5f3c2a1b ON customer_timeline (customer_id);
CREATE INDEX score ON customer_timeline (score, occurred_at);
-- Laravel's <table>_<columns>_unique.
CREATE UNIQUE INDEX customer_timeline_customer_id_occurred_at_unique ON customer_timeline (customer_id, occurred_at);
