-- Outpatient scheduling service: clinics, practitioners, patients and their appointments.
-- PostgreSQL 15.

CREATE TABLE clinics (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name            text        NOT NULL,
    timezone        text        NOT NULL,
    address_line1   text        NOT NULL,
    address_line2   text,
    city            text        NOT NULL,
    postal_code     text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE practitioners (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clinic_id       bigint      NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
    -- US National Provider Identifier, one per practitioner
    npi_number      varchar(10) NOT NULL,
    full_name       text        NOT NULL,
    specialty       text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_practitioners_clinic_id ON practitioners (clinic_id);

CREATE TABLE patients (
    id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    medical_record_number   text        NOT NULL UNIQUE,
    first_name              text        NOT NULL,
    last_name               text        NOT NULL,
    date_of_birth           date        NOT NULL,
    phone_1                 text,
    phone_2                 text,
    phone_3                 text,
    -- contact address only: parents book for their children, so one address is often shared
    email                   text,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE appointments (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clinic_id       bigint      NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
    practitioner_id bigint      NOT NULL REFERENCES practitioners (id) ON DELETE RESTRICT,
    patient_id      bigint      NOT NULL REFERENCES patients (id) ON DELETE RESTRICT,
    starts_at       timestamptz NOT NULL,
    ends_at         timestamptz NOT NULL,
    status          text        NOT NULL DEFAULT 'booked'
                    CHECK (status IN ('booked', 'checked_in', 'completed', 'cancelled', 'no_show')),
    cancelled_at    timestamptz,
    cancel_reason   text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT chk_appointments_ends_after_start CHECK (ends_at > starts_at)
);

CREATE INDEX idx_appointments_patient_id ON appointments (patient_id);
CREATE INDEX idx_appointments_clinic_id_starts_at ON appointments (clinic_id, starts_at);

CREATE TABLE appointment_reminders (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    appointment_id  bigint      NOT NULL REFERENCES appointments (id) ON DELETE CASCADE,
    channel         text        NOT NULL CHECK (channel IN ('sms', 'email')),
    send_at         timestamptz NOT NULL,
    sent_at         timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_appointment_reminders_appointment_id ON appointment_reminders (appointment_id);
CREATE INDEX idx_appointment_reminders_send_at_pending ON appointment_reminders (send_at) WHERE sent_at IS NULL;
