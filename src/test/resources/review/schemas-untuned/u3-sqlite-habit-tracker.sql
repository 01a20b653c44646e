-- Streaky (Android) local database, user_version = 7
PRAGMA foreign_keys = ON;

CREATE TABLE habits (
    id               INTEGER PRIMARY KEY,
    name             TEXT    NOT NULL,
    icon             TEXT    NOT NULL DEFAULT 'check',
    color            TEXT    NOT NULL DEFAULT '#4caf50',
    weekdays         TEXT    NOT NULL DEFAULT 'mon,tue,wed,thu,fri,sat,sun',
    reminder_time1   TEXT,
    reminder_time2   TEXT,
    reminder_time3   TEXT,
    archived         INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    sort_order       INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at       TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX idx_habits_archived ON habits (archived);

CREATE TABLE check_ins (
    id          INTEGER PRIMARY KEY,
    habit_id    INTEGER NOT NULL REFERENCES habits (id) ON DELETE CASCADE,
    done_on     TEXT    NOT NULL,               -- YYYY-MM-DD, device local date
    mood        INTEGER,                        -- 1 (awful) .. 5 (great), optional
    note        TEXT,
    created_at  TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at  TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (habit_id, done_on)
);
