-- Building telemetry: gateways (devices) with sensors, raw readings and threshold alerts.

CREATE TABLE firmware_releases (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    version         text        NOT NULL UNIQUE,
    sha256          char(64)    NOT NULL,
    download_url    text        NOT NULL,
    released_at     timestamptz NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE devices (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    serial_number       text        NOT NULL,
    mac_address         macaddr     NOT NULL,
    ipv4                inet,
    ipv6                inet,
    firmware_release_id bigint      NOT NULL REFERENCES firmware_releases (id) ON DELETE RESTRICT,
    metadata            json,
    last_seen_at        timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT uq_devices_serial_number UNIQUE (serial_number),
    CONSTRAINT uq_devices_mac_address UNIQUE (mac_address)
);

CREATE INDEX idx_devices_firmware_release_id ON devices (firmware_release_id);

CREATE TABLE device_tags (
    device_id       bigint      NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
    tag             text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_device_tags_device_id ON device_tags (device_id);

CREATE TABLE sensors (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    device_id       bigint      NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
    kind            text        NOT NULL CHECK (kind IN ('temperature', 'humidity', 'co2', 'pressure')),
    unit            text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_sensors_device_id ON sensors (device_id);

-- append-only, ~40 million rows a day, recorded_at is the only time that matters
CREATE TABLE readings (
    sensor_id       bigint           NOT NULL REFERENCES sensors (id) ON DELETE CASCADE,
    recorded_at     timestamptz      NOT NULL,
    value           double precision NOT NULL,
    PRIMARY KEY (sensor_id, recorded_at)
);

CREATE TABLE alerts (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sensor_id       bigint      NOT NULL REFERENCES sensors (id) ON DELETE CASCADE,
    severity        smallint    NOT NULL CHECK (severity BETWEEN 1 AND 10),
    message         text        NOT NULL,
    raised_at       timestamptz NOT NULL,
    resolved_at     timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_alerts_sensor_id_raised_at ON alerts (sensor_id, raised_at);
