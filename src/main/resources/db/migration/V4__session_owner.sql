-- The caller a session belongs to (a hash of its client id), so that listing shows each caller only its own.
-- Sessions stored before this have none and are listed to no one; their ids still open them.
ALTER TABLE sd_session ADD COLUMN owner VARCHAR(64);
CREATE INDEX idx_sd_session_owner ON sd_session (owner, updated_at);
