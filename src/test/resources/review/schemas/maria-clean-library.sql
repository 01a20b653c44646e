CREATE TABLE books (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  isbn CHAR(13) NOT NULL,
  title VARCHAR(300) NOT NULL,
  published_year SMALLINT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY uq_books_isbn (isbn)
) ENGINE=InnoDB;

CREATE TABLE copies (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  book_id INT NOT NULL,
  barcode VARCHAR(20) NOT NULL,
  shelf VARCHAR(20) NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY uq_copies_barcode (barcode),
  KEY idx_copies_book_id (book_id),
  CONSTRAINT fk_copies_book_id FOREIGN KEY (book_id) REFERENCES books (id) ON DELETE RESTRICT
) ENGINE=InnoDB;

CREATE TABLE loans (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  copy_id INT NOT NULL,
  borrower_email VARCHAR(255) NOT NULL,
  loaned_at DATETIME NOT NULL,
  due_at DATETIME NOT NULL,
  returned_at DATETIME NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY idx_loans_copy_id_loaned_at (copy_id, loaned_at),
  KEY idx_loans_due_at (due_at),
  CONSTRAINT fk_loans_copy_id FOREIGN KEY (copy_id) REFERENCES copies (id) ON DELETE CASCADE
) ENGINE=InnoDB;
