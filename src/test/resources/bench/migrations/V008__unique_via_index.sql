CREATE UNIQUE INDEX CONCURRENTLY uq_users_handle_idx ON users (handle);
ALTER TABLE users ADD CONSTRAINT uq_users_handle UNIQUE USING INDEX uq_users_handle_idx;
