-- Library (MariaDB): loans with two-column checks.
CREATE TABLE authors (
    id   INT          NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(200) NOT NULL
) ENGINE=InnoDB;

CREATE TABLE books (
    isbn      CHAR(13)     NOT NULL PRIMARY KEY,
    author_id INT          NOT NULL,
    title     VARCHAR(300) NOT NULL,
    pages     INT,
    KEY idx_books_author_id (author_id),
    CONSTRAINT fk_books_author_id FOREIGN KEY (author_id) REFERENCES authors (id),
    CONSTRAINT ck_books_pages CHECK (pages > 0)
) ENGINE=InnoDB;

CREATE TABLE members (
    id        INT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    card_no   VARCHAR(20) NOT NULL,
    joined_on DATE        NOT NULL,
    UNIQUE KEY uq_members_card_no (card_no)
) ENGINE=InnoDB;

CREATE TABLE loans (
    id          INT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    book_isbn   CHAR(13) NOT NULL,
    member_id   INT      NOT NULL,
    loaned_on   DATE     NOT NULL,
    due_on      DATE     NOT NULL,
    returned_on DATE,
    KEY idx_loans_book_isbn (book_isbn),
    KEY idx_loans_member_id (member_id),
    CONSTRAINT fk_loans_book_isbn FOREIGN KEY (book_isbn) REFERENCES books (isbn),
    CONSTRAINT fk_loans_member_id FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
    CHECK (due_on > loaned_on),
    CHECK (returned_on IS NULL OR returned_on >= loaned_on)
) ENGINE=InnoDB;
