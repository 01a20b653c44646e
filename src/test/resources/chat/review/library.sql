CREATE TABLE authors (
    id serial PRIMARY KEY,
    name varchar(200)
);

CREATE TABLE books (
    id serial PRIMARY KEY,
    author_id int REFERENCES authors (id),
    title text NOT NULL,
    status varchar(20) NOT NULL,
    price numeric
);
