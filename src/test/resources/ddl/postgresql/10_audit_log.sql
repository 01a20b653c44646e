-- Audit log: bigint identity, timestamps with time zone, JSON diff.
CREATE TABLE audit_log (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    actor       VARCHAR(100) NOT NULL,
    table_name  VARCHAR(63)  NOT NULL,
    row_pk      TEXT         NOT NULL,
    action      CHAR(1)      NOT NULL,
    diff        JSONB,
    CONSTRAINT ck_audit_log_action CHECK (action IN ('I', 'U', 'D'))
);
CREATE INDEX idx_audit_log_table_name_occurred_at ON audit_log (table_name, occurred_at);
CREATE INDEX idx_audit_log_actor ON audit_log (actor);
