ALTER TABLE users DROP COLUMN legacy_password;
