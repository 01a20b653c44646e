-- names as SQLAlchemy's naming_convention and Alembic produce them
CREATE TABLE teams (
    id integer NOT NULL,
    name varchar(100) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_teams PRIMARY KEY (id),
    CONSTRAINT uq_teams_name UNIQUE (name)
);

CREATE TABLE team_members (
    id integer NOT NULL,
    team_id integer NOT NULL,
    user_email varchar(254) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_team_members PRIMARY KEY (id),
    CONSTRAINT fk_team_members_team_id_teams FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE CASCADE,
    CONSTRAINT uq_team_members_team_id_user_email UNIQUE (team_id, user_email)
);
CREATE INDEX ix_team_members_team_id ON team_members (team_id);
CREATE INDEX team_members_created_at_idx ON team_members (created_at);
