-- Each turn keeps the session's Alembic revisions as they stand after it (one per turn that changed the
-- schema, or one after a squash), as JSON. NULL for turns stored before V7: their changes are one revision.
ALTER TABLE sd_turn ADD COLUMN revisions_json TEXT;
