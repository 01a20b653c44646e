-- refused-on: mariadb (a CHECK may not read an AUTO_INCREMENT column there)
-- Category tree (SQLite): self-reference, expression index on the lower-cased slug.
CREATE TABLE categories (
    id        INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES categories ON DELETE CASCADE,
    slug      VARCHAR(80)  NOT NULL,
    title     VARCHAR(200) NOT NULL,
    position  INTEGER      NOT NULL DEFAULT 0,
    UNIQUE (parent_id, slug),
    CHECK (parent_id <> id)
);
CREATE INDEX idx_categories_parent_id_position ON categories (parent_id, position);
CREATE INDEX idx_categories_lower_title ON categories (lower(title));
