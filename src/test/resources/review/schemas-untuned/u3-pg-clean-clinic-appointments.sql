-- scheduling-service: clinics, practitioners, patients and appointments
-- PostgreSQL 15. Generated from the migration history, hand-tidied for review.

CREATE TABLE clinics (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code            varchar(12) NOT NULL,
    name            text        NOT NULL,
    address_line1   text        NOT NULL,
    address_line2   text,
    postal_code     varchar(10) NOT NULL,
    country_code    char(2)     NOT NULL,
    timezone        text        NOT NULL DEFAULT 'Europe/Berlin',
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT uq_clinics_code UNIQUE (code)
);

CREATE TABLE practitioners (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    license_number  varchar(32) NOT NULL,
    full_name       text        NOT NULL,
    email           text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT uq_practitioners_license_number UNIQUE (license_number),
    CONSTRAINT uq_practitioners_email UNIQUE (email)
);

-- a practitioner can hold sessions in several clinics
CREATE TABLE clinic_practitioners (
    clinic_id       bigint NOT NULL REFERENCES clinics (id) ON DELETE CASCADE,
    practitioner_id bigint NOT NULL REFERENCES practitioners (id) ON DELETE CASCADE,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (clinic_id, practitioner_id)
);
CREATE INDEX idx_clinic_practitioners_practitioner_id ON clinic_practitioners (practitioner_id);

CREATE TABLE patients (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    insurance_number varchar(20) NOT NULL,
    full_name        text        NOT NULL,
    date_of_birth    date        NOT NULL,
    -- contact address only: parents book for their children, families share one mailbox
    email            text,
    phone            text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT uq_patients_insurance_number UNIQUE (insurance_number)
);

CREATE TABLE appointments (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clinic_id       bigint      NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
    practitioner_id bigint      NOT NULL REFERENCES practitioners (id) ON DELETE RESTRICT,
    patient_id      bigint      NOT NULL REFERENCES patients (id) ON DELETE RESTRICT,
    -- optional: set only when another practitioner referred the patient
    referred_by_id  bigint      REFERENCES practitioners (id) ON DELETE SET NULL,
    starts_at       timestamptz NOT NULL,
    ends_at         timestamptz NOT NULL,
    status          text        NOT NULL DEFAULT 'booked',
    cancelled_at    timestamptz,
    notes           text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT ck_appointments_status CHECK (status IN ('booked', 'checked_in', 'completed', 'cancelled', 'no_show')),
    CONSTRAINT ck_appointments_ends_after_start CHECK (ends_at > starts_at)
);
CREATE INDEX idx_appointments_practitioner_id_starts_at ON appointments (practitioner_id, starts_at);
CREATE INDEX idx_appointments_patient_id_starts_at ON appointments (patient_id, starts_at);
CREATE INDEX idx_appointments_clinic_id_starts_at ON appointments (clinic_id, starts_at);
CREATE INDEX idx_appointments_referred_by_id ON appointments (referred_by_id);
