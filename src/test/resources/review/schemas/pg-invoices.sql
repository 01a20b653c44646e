CREATE TABLE clients (
    id serial PRIMARY KEY,
    company_name varchar(200) NOT NULL,
    vat_number varchar(20),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE invoices (
    id serial PRIMARY KEY,
    client_id integer NOT NULL REFERENCES clients(id),
    invoice_number varchar(30) NOT NULL,
    issued_on date NOT NULL,
    due_on date NOT NULL,
    tax_rate_percent numeric(5,2) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_invoices_client_id ON invoices(client_id);

CREATE TABLE invoice_lines (
    id serial PRIMARY KEY,
    invoice_id integer NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
    position smallint NOT NULL,
    description text NOT NULL,
    quantity numeric(10,3) NOT NULL,
    unit_price numeric(12,2) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_invoice_lines_invoice_id ON invoice_lines(invoice_id);
