CREATE TABLE ledger_accounts (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  account_number VARCHAR(34) NOT NULL,
  currency CHAR(3) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  UNIQUE KEY uq_ledger_accounts_account_number (account_number)
) ENGINE=InnoDB;
CREATE TABLE ledger_entries (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  account_id BIGINT NOT NULL,
  amount DECIMAL(19,4) NOT NULL,
  booked_at DATETIME(6) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  KEY idx_ledger_entries_account_id_booked_at (account_id, booked_at),
  CONSTRAINT fk_ledger_entries_account_id FOREIGN KEY (account_id) REFERENCES ledger_accounts (id) ON DELETE RESTRICT
) ENGINE=InnoDB;
