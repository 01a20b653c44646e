-- Customer Feedback Analyzer as production-style DDL (sqlite): a richer variant (checks, partial index, comments) used by
-- the import and round-trip tests and as the before-schema of migration-review fixtures. Sessions start from the
-- schema the bundled Alembic history creates (projects/customer-feedback-analyzer, generate/BundledProjects).
-- Timestamps are declared TIMESTAMPTZ so the development schema means what production's does.

CREATE TABLE feedback_analysis (
    id              INTEGER PRIMARY KEY,
    customer_id     VARCHAR(100) NOT NULL,
    comment_text    TEXT         NOT NULL,
    user_score      SMALLINT,
    sentiment_score REAL,
    churn_risk      NUMERIC(5,2),
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at      TIMESTAMPTZ  DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT valid_score CHECK (user_score >= 0 AND user_score <= 10),
    CONSTRAINT ck_feedback_analysis_sentiment_score CHECK (sentiment_score >= -1 AND sentiment_score <= 1),
    CONSTRAINT ck_feedback_analysis_churn_risk CHECK (churn_risk >= 0 AND churn_risk <= 100)
);

CREATE INDEX idx_feedback_analysis_customer_id_created_at ON feedback_analysis (customer_id, created_at);
CREATE INDEX idx_feedback_analysis_high_churn ON feedback_analysis (churn_risk) WHERE churn_risk > 70;

CREATE TABLE analysis_cache (
    id            INTEGER PRIMARY KEY,
    comment_hash  VARCHAR(64) NOT NULL,
    cached_result JSON        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    expires_at    TIMESTAMPTZ NOT NULL,
    CONSTRAINT uq_analysis_cache_comment_hash UNIQUE (comment_hash),
    CONSTRAINT ck_analysis_cache_comment_hash CHECK (length(comment_hash) = 64)
);

CREATE INDEX idx_analysis_cache_expires_at ON analysis_cache (expires_at);
