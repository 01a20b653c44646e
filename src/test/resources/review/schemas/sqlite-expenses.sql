CREATE TABLE trips (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  participant_names TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE expenses (
  id INTEGER PRIMARY KEY,
  trip_id INTEGER NOT NULL REFERENCES trips(id) ON DELETE CASCADE,
  paid_by TEXT NOT NULL,
  amount NUMERIC NOT NULL,
  split_percent INTEGER,
  receipt_photo_1 TEXT,
  receipt_photo_2 TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX idx_expenses_trip_id ON expenses(trip_id);
