CREATE TABLE tags (id bigint PRIMARY KEY, label text NOT NULL UNIQUE);
INSERT INTO tags (id, label) VALUES (1, 'new'), (2, 'hot');
