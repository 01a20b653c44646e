-- Numbers that are part of a name (ipv4/ipv6, sha256), and a single numbered column.
CREATE TABLE customers (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ipv4 varchar(15),
    ipv6 varchar(45),
    sha256 varchar(64),
    address_line1 varchar(100),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
-- Two lines of one address; two players of a match are two roles of a relationship, with their scores.
CREATE TABLE addresses (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    address_line1 varchar(100) NOT NULL,
    address_line2 varchar(100),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE matches (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    player1_id integer NOT NULL REFERENCES customers (id),
    player2_id integer NOT NULL REFERENCES customers (id),
    player1_score integer NOT NULL,
    player2_score integer NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
