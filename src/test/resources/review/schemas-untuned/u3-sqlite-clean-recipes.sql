-- cookbook.db — recipe manager desktop app
PRAGMA foreign_keys = ON;

CREATE TABLE recipes (
    id            INTEGER PRIMARY KEY,
    slug          TEXT    NOT NULL UNIQUE,
    title         TEXT    NOT NULL,
    servings      INTEGER NOT NULL CHECK (servings BETWEEN 1 AND 100),
    prep_minutes  INTEGER CHECK (prep_minutes >= 0),
    cook_minutes  INTEGER CHECK (cook_minutes >= 0),
    difficulty    TEXT    NOT NULL DEFAULT 'medium' CHECK (difficulty IN ('easy', 'medium', 'hard')),
    rating        INTEGER CHECK (rating BETWEEN 1 AND 5),
    created_at    TEXT    NOT NULL DEFAULT (datetime('now')),
    updated_at    TEXT    NOT NULL DEFAULT (datetime('now'))
);

CREATE TABLE ingredients (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created_at  TEXT NOT NULL DEFAULT (datetime('now')),
    updated_at  TEXT NOT NULL DEFAULT (datetime('now'))
);

CREATE TABLE recipe_ingredients (
    recipe_id      INTEGER NOT NULL REFERENCES recipes (id) ON DELETE CASCADE,
    ingredient_id  INTEGER NOT NULL REFERENCES ingredients (id) ON DELETE RESTRICT,
    sort_order     INTEGER NOT NULL DEFAULT 0,
    quantity       REAL    CHECK (quantity > 0),
    unit           TEXT    CHECK (unit IN ('g', 'kg', 'ml', 'l', 'tsp', 'tbsp', 'cup', 'piece', 'pinch')),
    note           TEXT,
    created_at     TEXT    NOT NULL DEFAULT (datetime('now')),
    updated_at     TEXT    NOT NULL DEFAULT (datetime('now')),
    PRIMARY KEY (recipe_id, ingredient_id)
);
CREATE INDEX idx_recipe_ingredients_ingredient_id ON recipe_ingredients (ingredient_id);

CREATE TABLE recipe_steps (
    recipe_id      INTEGER NOT NULL REFERENCES recipes (id) ON DELETE CASCADE,
    step_number    INTEGER NOT NULL CHECK (step_number >= 1),
    instruction    TEXT    NOT NULL,
    timer_seconds  INTEGER CHECK (timer_seconds > 0),
    created_at     TEXT    NOT NULL DEFAULT (datetime('now')),
    updated_at     TEXT    NOT NULL DEFAULT (datetime('now')),
    PRIMARY KEY (recipe_id, step_number)
);
