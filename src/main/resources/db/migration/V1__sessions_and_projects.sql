-- The service's own store. Portable SQL: runs on SQLite (default) and PostgreSQL (SD_DB_URL).
CREATE TABLE sd_project (
    id          VARCHAR(40)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    body        TEXT         NOT NULL,
    created_at  VARCHAR(40)  NOT NULL,
    updated_at  VARCHAR(40)  NOT NULL
);

CREATE TABLE sd_session (
    id          VARCHAR(40)  NOT NULL PRIMARY KEY,
    project_id  VARCHAR(40)  NOT NULL REFERENCES sd_project (id),
    title       VARCHAR(200) NOT NULL,
    created_at  VARCHAR(40)  NOT NULL,
    updated_at  VARCHAR(40)  NOT NULL
);

CREATE INDEX idx_sd_session_updated_at ON sd_session (updated_at);

CREATE TABLE sd_turn (
    session_id  VARCHAR(40)  NOT NULL REFERENCES sd_session (id) ON DELETE CASCADE,
    number      INTEGER      NOT NULL,
    message     TEXT         NOT NULL,
    reply       TEXT         NOT NULL,
    schema_json TEXT         NOT NULL,
    created_at  VARCHAR(40)  NOT NULL,
    PRIMARY KEY (session_id, number)
);
