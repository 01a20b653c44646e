CREATE TABLE members (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    handle varchar(40) NOT NULL,
    display_name varchar(100) NOT NULL,
    avatar_url text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT uq_members_handle UNIQUE (handle)
);

CREATE TABLE follows (
    follower_id bigint NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    followee_id bigint NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (follower_id, followee_id)
);
CREATE INDEX idx_follows_followee_id ON follows (followee_id);
