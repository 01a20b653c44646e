-- Reserved words as names (SQLite): double quotes, brackets and backticks all quote.
CREATE TABLE "user" (
    id      INTEGER PRIMARY KEY,
    [name]  VARCHAR(100) NOT NULL,
    "Email" VARCHAR(255) NOT NULL UNIQUE
);

CREATE TABLE `group` (
    id     INTEGER PRIMARY KEY,
    "desc" TEXT
);

CREATE TABLE "order" (
    id      INTEGER PRIMARY KEY,
    "user"  INTEGER NOT NULL REFERENCES "user" (id),
    [group] INTEGER REFERENCES `group` (id) ON DELETE SET NULL,
    "limit" INTEGER NOT NULL DEFAULT 1 CHECK ("limit" > 0)
);
CREATE INDEX "idx_order_user" ON "order" ("user");
CREATE INDEX idx_order_group ON "order" ([group]);
