ALTER TABLE invoices ADD CONSTRAINT ck_invoices_total CHECK (total >= 0);
