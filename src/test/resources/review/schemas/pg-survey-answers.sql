CREATE TABLE surveys (
    id serial PRIMARY KEY,
    title text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE survey_responses (
    id serial PRIMARY KEY,
    survey_id integer NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
    respondent_email text,
    answer_1 text,
    answer_2 text,
    answer_3 text,
    answer_4 text,
    nps_score smallint NOT NULL,
    submitted_at timestamptz NOT NULL DEFAULT now(),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_survey_responses_survey_id ON survey_responses(survey_id);
