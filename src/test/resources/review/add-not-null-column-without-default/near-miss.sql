ALTER TABLE feedback_analysis ADD COLUMN priority integer NOT NULL DEFAULT 0;
CREATE TABLE tags (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name varchar(50) NOT NULL
);
ALTER TABLE tags ADD COLUMN slug varchar(50) NOT NULL;
