-- Throw-away schemas and databases on the verify servers while they exist (or, for a name without a
-- time stamp, since a sweep first saw it): what a start after kill -9 sweeps.
CREATE TABLE sd_throwaway (
    name        VARCHAR(64)   NOT NULL PRIMARY KEY,
    kind        VARCHAR(16)   NOT NULL,
    server      VARCHAR(2000) NOT NULL,
    instance_id VARCHAR(16)   NOT NULL,
    created_at  VARCHAR(40)   NOT NULL
);
