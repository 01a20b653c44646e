CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
ALTER TABLE people ADD COLUMN mood mood;
