CREATE TABLE sessions (
    id uuid PRIMARY KEY,
    user_id bigint NOT NULL,
    token_hash char(64) NOT NULL UNIQUE,
    expires_at timestamptz NOT NULL,
    last_seen_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_sessions_user_id ON sessions (user_id);

CREATE TABLE password_resets (
    id uuid PRIMARY KEY,
    email varchar(255) NOT NULL,
    token_hash char(64) NOT NULL UNIQUE,
    valid_until timestamptz NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
