-- A music catalogue: labels publish albums, composers write tracks.
CREATE TABLE labels (
    id serial PRIMARY KEY,
    name varchar(100) NOT NULL,
    logo varchar(500)
);
CREATE TABLE composers (
    id serial PRIMARY KEY,
    name varchar(200) NOT NULL,
    born_on date
);
CREATE TABLE albums (
    id serial PRIMARY KEY,
    label_id integer REFERENCES labels (id),
    title varchar(200) NOT NULL,
    released_on date
);
CREATE INDEX idx_albums_label_id ON albums (label_id);
CREATE TABLE tracks (
    id serial PRIMARY KEY,
    album_id integer NOT NULL REFERENCES albums (id),
    composer_id integer REFERENCES composers (id),
    title varchar(200) NOT NULL,
    duration_seconds integer
);
CREATE INDEX idx_tracks_album_id ON tracks (album_id);
