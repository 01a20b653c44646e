-- A help desk as a team would paste it: agents answer tickets.
CREATE TABLE agents (
    id serial PRIMARY KEY,
    email varchar(255) NOT NULL UNIQUE,
    name varchar(100) NOT NULL,
    phone varchar(30),
    timezone varchar(50)
);
CREATE TABLE tickets (
    id serial PRIMARY KEY,
    agent_id integer REFERENCES agents (id),
    title varchar(200) NOT NULL,
    description text,
    priority varchar(20),
    category varchar(50),
    severity integer,
    state varchar(20),
    closed_at timestamp,
    legacy_code varchar(20)
);
CREATE INDEX idx_tickets_agent_id ON tickets (agent_id);
