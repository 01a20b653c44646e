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
-- The number inside the name, and one contact's name and phone repeated as a set.
CREATE TABLE products (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    image_1_url varchar(500),
    image_2_url varchar(500),
    option1_name varchar(50),
    option1_value varchar(50),
    option2_name varchar(50),
    option2_value varchar(50),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE employees (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    emergency_contact_name_1 varchar(120),
    emergency_contact_phone_1 varchar(30),
    emergency_contact_name_2 varchar(120),
    emergency_contact_phone_2 varchar(30),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
