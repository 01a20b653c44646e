ALTER TABLE products RENAME COLUMN title TO name;
