ALTER TABLE legacy_rows ADD COLUMN seq serial;
