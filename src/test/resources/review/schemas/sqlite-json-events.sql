CREATE TABLE app_events (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    data JSON NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE crash_reports (
    id INTEGER PRIMARY KEY,
    context JSON NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX idx_crash_reports_context_app_version ON crash_reports (json_extract(context, '$.app_version'));
