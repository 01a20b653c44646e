-- Each turn keeps every change since the project's schema, so the next turn builds on it.
ALTER TABLE sd_turn ADD COLUMN changes_json TEXT NOT NULL DEFAULT '{"ops":[]}';
