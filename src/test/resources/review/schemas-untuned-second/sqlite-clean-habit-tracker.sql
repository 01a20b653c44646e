-- Habit tracker, local SQLite database of a single-user mobile app.
PRAGMA foreign_keys = ON;

CREATE TABLE habits (
    id                  INTEGER PRIMARY KEY,
    name                TEXT    NOT NULL,
    frequency           TEXT    NOT NULL CHECK (frequency IN ('daily', 'weekly')),
    target_per_period   INTEGER NOT NULL DEFAULT 1 CHECK (target_per_period BETWEEN 1 AND 31),
    color_hex           TEXT    NOT NULL DEFAULT '#4caf50' CHECK (length(color_hex) = 7),
    archived_at         TEXT,
    created_at          TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at          TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE INDEX idx_habits_created_at ON habits (created_at) WHERE archived_at IS NULL;

CREATE TABLE habit_checkins (
    habit_id    INTEGER NOT NULL REFERENCES habits (id) ON DELETE CASCADE,
    -- local calendar day, YYYY-MM-DD
    checked_on  TEXT    NOT NULL,
    note        TEXT,
    created_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (habit_id, checked_on)
) WITHOUT ROWID;

CREATE TABLE reminders (
    id              INTEGER PRIMARY KEY,
    habit_id        INTEGER NOT NULL REFERENCES habits (id) ON DELETE CASCADE,
    -- wall-clock time HH:MM, follows the phone across time zones
    remind_at_local TEXT    NOT NULL,
    -- bit 0 = Monday ... bit 6 = Sunday, handed as-is to the OS scheduler
    weekday_mask    INTEGER NOT NULL DEFAULT 127 CHECK (weekday_mask BETWEEN 1 AND 127),
    enabled         INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    created_at      TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at      TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE INDEX idx_reminders_habit_id ON reminders (habit_id);

CREATE TABLE settings (
    name        TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
