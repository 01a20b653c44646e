-- Applicant tracking (multi-tenant): jobs, candidates, applications, interviews and feedback.

CREATE TABLE companies (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name            text        NOT NULL,
    subdomain       text        NOT NULL UNIQUE,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    company_id      bigint      NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    email           text        NOT NULL UNIQUE,
    full_name       text        NOT NULL,
    role            text        NOT NULL CHECK (role IN ('admin', 'recruiter', 'interviewer')),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_users_company_id ON users (company_id);

CREATE TABLE jobs (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    company_id      bigint      NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    title           text        NOT NULL,
    department      text        NOT NULL,
    location        text        NOT NULL,
    employment_type text        NOT NULL
                    CHECK (employment_type IN ('full_time', 'part_time', 'contract', 'internship')),
    status          text        NOT NULL DEFAULT 'draft'
                    CHECK (status IN ('draft', 'open', 'on_hold', 'closed')),
    opened_at       timestamptz,
    closed_at       timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_jobs_company_id_status ON jobs (company_id, status);

CREATE TABLE candidates (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    company_id      bigint      NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    full_name       text        NOT NULL,
    email           text        NOT NULL,
    phone           text,
    linkedin_url    text,
    -- comma-separated, e.g. 'java,kotlin,postgresql', recruiters search on it
    skills          text,
    resume_url      text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT uq_candidates_company_id_email UNIQUE (company_id, email)
);

CREATE TABLE applications (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_id          bigint      REFERENCES jobs (id) ON DELETE CASCADE,
    candidate_id    bigint      NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
    status          text        NOT NULL DEFAULT 'applied'
                    CHECK (status IN ('applied', 'screening', 'interviewing', 'offer', 'hired', 'rejected')),
    applied_at      timestamptz NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT uq_applications_job_id_candidate_id UNIQUE (job_id, candidate_id)
);

CREATE INDEX idx_applications_candidate_id ON applications (candidate_id);

CREATE TABLE interviews (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id      bigint      NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    scheduled_at        timestamptz NOT NULL,
    duration_minutes    integer     NOT NULL CHECK (duration_minutes BETWEEN 15 AND 480),
    meeting_url         text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_interviews_application_id ON interviews (application_id);

CREATE TABLE interview_feedback (
    interview_id        bigint      NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    interviewer_id      bigint      NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    interviewer_name    text        NOT NULL,
    rating              smallint    NOT NULL,
    recommendation      text        NOT NULL
                        CHECK (recommendation IN ('strong_no', 'no', 'yes', 'strong_yes')),
    notes               text,
    submitted_at        timestamptz NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (interview_id, interviewer_id)
);

CREATE INDEX idx_interview_feedback_interviewer_id ON interview_feedback (interviewer_id);
