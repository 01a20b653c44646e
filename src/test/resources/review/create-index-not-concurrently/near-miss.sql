CREATE INDEX CONCURRENTLY idx_feedback_analysis_user_score ON feedback_analysis (user_score);
CREATE TABLE tags (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name varchar(50) NOT NULL
);
CREATE INDEX idx_tags_name ON tags (name);
