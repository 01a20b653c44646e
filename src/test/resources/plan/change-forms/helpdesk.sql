CREATE TABLE users (id integer PRIMARY KEY, email varchar(255) NOT NULL);
CREATE TABLE polls (id integer PRIMARY KEY, question text NOT NULL);
CREATE TABLE votes (id integer PRIMARY KEY, user_id integer NOT NULL REFERENCES users(id), poll_id integer NOT NULL REFERENCES polls(id), choice varchar(50));
CREATE TABLE composers (id integer PRIMARY KEY, name varchar(200) NOT NULL);
CREATE TABLE tracks (id integer PRIMARY KEY, title varchar(200) NOT NULL, composer_id integer REFERENCES composers(id), duration_seconds integer);
CREATE TABLE brands (id integer PRIMARY KEY, name varchar(100) NOT NULL, logo varchar(500));
CREATE TABLE customers (id integer PRIMARY KEY, name varchar(100) NOT NULL, phone varchar(30), address text);
CREATE TABLE customer_notes (id integer PRIMARY KEY, customer_id integer NOT NULL REFERENCES customers(id), note text, pinned boolean);
CREATE TABLE billing_invoices (id integer PRIMARY KEY, total numeric(12,2) NOT NULL);
CREATE TABLE billing_payments (id integer PRIMARY KEY, amount numeric(12,2) NOT NULL);
CREATE TABLE shipments (id integer PRIMARY KEY, delivered_at timestamp, state varchar(20) CHECK (state IN ('pending', 'delivered', 'lost')));
CREATE TABLE tickets (id integer PRIMARY KEY, title varchar(200) NOT NULL, description text, priority varchar(20),
  status varchar(20) NOT NULL CHECK (status IN ('open', 'pending', 'closed')), category varchar(50), severity integer, archived boolean);
