-- Attendance gets a single-column id: the audit trail keys every entity by one id of at most 80 characters, so a
-- check-in under V1's composite key could never be committed and the table is necessarily empty. Recreated.
DROP TABLE meet_attendance;

CREATE TABLE meet_attendance (
    id              CHAR(36)     NOT NULL,
    session_id      CHAR(36)     NOT NULL,
    registration_id CHAR(36)     NOT NULL,
    checked_in_at   ${timestamp} NOT NULL,
    checked_in_by   VARCHAR(80),
    CONSTRAINT pk_meet_attendance PRIMARY KEY (id),
    CONSTRAINT uq_meet_attendance UNIQUE (session_id, registration_id)
);
