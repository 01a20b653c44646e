CREATE TABLE athletes (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL,
    birth_year INTEGER,
    resting_heart_rate INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE workouts (
    id INTEGER PRIMARY KEY,
    athlete_id INTEGER NOT NULL,
    started_at TEXT NOT NULL,
    distance_km REAL NOT NULL,
    effort_percent INTEGER,
    split1_seconds INTEGER,
    split2_seconds INTEGER,
    split3_seconds INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    FOREIGN KEY (athlete_id) REFERENCES athletes(id)
);
