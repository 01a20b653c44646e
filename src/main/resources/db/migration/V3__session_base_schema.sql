-- A session keeps the project schema it started from, so replacing the project later cannot break it.
ALTER TABLE sd_session ADD COLUMN base_schema_json TEXT;
