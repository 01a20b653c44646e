-- Library (SQLite): loans with two-column checks and a partial index of open loans.
CREATE TABLE authors (
    id   INTEGER PRIMARY KEY,
    name VARCHAR(200) NOT NULL
);

CREATE TABLE books (
    isbn      CHAR(13)     NOT NULL PRIMARY KEY,
    author_id INTEGER      NOT NULL REFERENCES authors (id),
    title     VARCHAR(300) NOT NULL,
    pages     INTEGER      CHECK (pages > 0)
);
CREATE INDEX idx_books_author_id ON books (author_id);

CREATE TABLE members (
    id        INTEGER PRIMARY KEY,
    card_no   VARCHAR(20) NOT NULL UNIQUE,
    joined_on DATE        NOT NULL
);

CREATE TABLE loans (
    id          INTEGER PRIMARY KEY,
    book_isbn   CHAR(13) NOT NULL REFERENCES books (isbn),
    member_id   INTEGER  NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    loaned_on   DATE     NOT NULL,
    due_on      DATE     NOT NULL,
    returned_on DATE,
    CHECK (due_on > loaned_on),
    CHECK (returned_on IS NULL OR returned_on >= loaned_on)
);
CREATE INDEX idx_loans_book_isbn ON loans (book_isbn);
CREATE INDEX idx_loans_member_id ON loans (member_id);
CREATE INDEX idx_loans_open ON loans (due_on) WHERE returned_on IS NULL;
