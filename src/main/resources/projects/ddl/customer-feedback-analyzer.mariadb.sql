-- Customer Feedback Analyzer as production-style DDL (mariadb): a richer variant (checks, partial index, comments) used by
-- the import and round-trip tests and as the before-schema of migration-review fixtures. Sessions start from the
-- schema the bundled Alembic history creates (projects/customer-feedback-analyzer, generate/BundledProjects).
-- MariaDB has no partial indexes: the high-churn index covers every row.

CREATE TABLE feedback_analysis (
    id              INT          NOT NULL AUTO_INCREMENT,
    customer_id     VARCHAR(100) NOT NULL,
    comment_text    TEXT         NOT NULL,
    user_score      SMALLINT,
    sentiment_score DOUBLE,
    churn_risk      DECIMAL(5,2) COMMENT 'Churn risk in percent, 0-100',
    created_at      DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at      DATETIME(6)  DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    KEY idx_feedback_analysis_customer_id_created_at (customer_id, created_at),
    KEY idx_feedback_analysis_high_churn (churn_risk),
    CONSTRAINT valid_score CHECK (user_score >= 0 AND user_score <= 10),
    CONSTRAINT ck_feedback_analysis_sentiment_score CHECK (sentiment_score >= -1 AND sentiment_score <= 1),
    CONSTRAINT ck_feedback_analysis_churn_risk CHECK (churn_risk >= 0 AND churn_risk <= 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='One analysed customer comment';

CREATE TABLE analysis_cache (
    id            INT         NOT NULL AUTO_INCREMENT,
    comment_hash  VARCHAR(64) NOT NULL COMMENT 'SHA-256 of the comment text, hex',
    cached_result JSON        NOT NULL,
    created_at    DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    expires_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    KEY idx_analysis_cache_expires_at (expires_at),
    CONSTRAINT uq_analysis_cache_comment_hash UNIQUE (comment_hash),
    CONSTRAINT ck_analysis_cache_comment_hash CHECK (length(comment_hash) = 64)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
