-- A physiotherapy clinic's existing PostgreSQL schema: bigint identity keys, plural tables.
CREATE TYPE appointment_status AS ENUM ('booked', 'attended', 'cancelled', 'no_show');

CREATE TABLE departments (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name varchar(100) NOT NULL UNIQUE,
    floor smallint
);

CREATE TABLE doctors (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    department_id bigint NOT NULL REFERENCES departments (id),
    full_name varchar(200) NOT NULL,
    email varchar(255) NOT NULL UNIQUE,
    license_number varchar(40) NOT NULL UNIQUE
);

CREATE TABLE patients (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    full_name varchar(200) NOT NULL,
    email varchar(255) UNIQUE,
    phone varchar(30),
    born_on date NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE appointments (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    patient_id bigint NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    doctor_id bigint NOT NULL REFERENCES doctors (id),
    starts_at timestamptz NOT NULL,
    duration_minutes integer NOT NULL CHECK (duration_minutes > 0),
    status appointment_status NOT NULL DEFAULT 'booked',
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX ix_appointments_doctor_starts ON appointments (doctor_id, starts_at);
CREATE INDEX ix_appointments_patient ON appointments (patient_id);
