ALTER TABLE invoices ADD COLUMN currency char(3) NOT NULL;
