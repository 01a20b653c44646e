-- till.db : offline store of the point-of-sale terminal (SQLite 3.40)
-- receipts are uploaded to head office whenever the terminal is online

CREATE TABLE IF NOT EXISTS cashiers (
    id          INTEGER PRIMARY KEY,
    badge_code  TEXT    NOT NULL UNIQUE,
    full_name   TEXT    NOT NULL,
    created_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE IF NOT EXISTS receipts (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    terminal_code TEXT    NOT NULL,
    receipt_no    INTEGER NOT NULL,
    cashier_id    INTEGER NOT NULL REFERENCES cashiers (id),
    item_ids      TEXT    NOT NULL,             -- e.g. '12,12,40,7' (one entry per scanned unit)
    total_cents   INTEGER NOT NULL,
    paid_with     TEXT    NOT NULL,             -- cash | card | voucher
    card_last4    TEXT,
    created_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    synced_at     TEXT
);

CREATE UNIQUE INDEX IF NOT EXISTS idx_receipts_terminal_code_receipt_no ON receipts (terminal_code, receipt_no);
CREATE INDEX IF NOT EXISTS idx_receipts_cashier_id ON receipts (cashier_id);
