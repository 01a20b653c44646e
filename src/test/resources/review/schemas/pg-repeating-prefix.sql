CREATE TABLE leads (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    company text NOT NULL,
    contact_email_1 varchar(254),
    contact_email_2 varchar(254),
    utm_source varchar(100),
    ipv4_address varchar(15),
    ipv6_address varchar(45),
    sha256_digest char(64),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE quarterly_targets (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    year smallint NOT NULL,
    q1_target numeric(14,2),
    q2_target numeric(14,2),
    q3_target numeric(14,2),
    q4_target numeric(14,2),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
