BEGIN;
CREATE INDEX CONCURRENTLY idx_users_created ON users (created_at);
COMMIT;
