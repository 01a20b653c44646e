-- The skill's analysis cache: unique hash of fixed size, expiry indexed.
CREATE TABLE analysis_cache (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    comment_hash varchar(64) NOT NULL UNIQUE,
    cached_result jsonb NOT NULL,
    expires_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_analysis_cache_expires_at ON analysis_cache (expires_at);
