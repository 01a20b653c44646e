BEGIN;
ALTER TABLE invoices ADD CONSTRAINT ck_invoices_due CHECK (due_on >= issued_on) NOT VALID;
ALTER TABLE invoices VALIDATE CONSTRAINT ck_invoices_due;
COMMIT;
