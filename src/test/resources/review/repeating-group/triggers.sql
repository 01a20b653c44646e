-- Numbered phones and tags.
CREATE TABLE customers (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    phone1 varchar(20),
    phone2 varchar(20),
    phone3 varchar(20),
    tag_1 varchar(30),
    tag_2 varchar(30),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
