ALTER TABLE payments ALTER COLUMN amount TYPE numeric(12,2);
