-- A surrogate key and a composite natural key both count.
CREATE TABLE event_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE daily_totals (
    day date NOT NULL,
    metric varchar(50) NOT NULL,
    value integer NOT NULL,
    PRIMARY KEY (day, metric)
);
