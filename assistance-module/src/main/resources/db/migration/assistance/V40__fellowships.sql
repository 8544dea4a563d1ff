-- Capacity-building fellowships: calls, State nominations with their note verbale, review, selection, cohort,
-- ledger and alumni follow-up. Portable across H2 (MySQL mode) and MySQL/MariaDB. States, persons, agencies and
-- donors are plain IDs of the registry's records; reviewers are account user names of the web layer.
CREATE TABLE asst_fel_call (
    id                    CHAR(36)      NOT NULL,
    title                 VARCHAR(200)  NOT NULL,
    theme                 VARCHAR(300),
    description           VARCHAR(4000),
    seats                 INT           NOT NULL,
    languages             VARCHAR(100),
    eligible_states       VARCHAR(20)   NOT NULL,
    listed_states         ${clob},
    agency_types          VARCHAR(400),
    min_years             INT           DEFAULT 0 NOT NULL,
    required_language     VARCHAR(5),
    max_per_state         INT           NOT NULL,
    women_target          INT           DEFAULT 0 NOT NULL,
    developing_target     INT           DEFAULT 0 NOT NULL,
    nomination_deadline   DATE,
    review_deadline       DATE,
    selection_deadline    DATE,
    acceptance_deadline   DATE,
    reviewers_per_app     INT           DEFAULT 2 NOT NULL,
    phases_json           ${clob},
    criteria_json         ${clob},
    online_required       BOOLEAN       DEFAULT TRUE NOT NULL,
    min_attendance        INT           DEFAULT 80 NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    created_at            ${timestamp}  NOT NULL,
    version               BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT pk_asst_fel_call PRIMARY KEY (id)
);
CREATE INDEX ix_asst_fel_call_status ON asst_fel_call (status);

CREATE TABLE asst_fel_nomination (
    id                CHAR(36)      NOT NULL,
    call_id           CHAR(36)      NOT NULL,
    state_id          CHAR(36)      NOT NULL,
    person_id         CHAR(36)      NOT NULL,
    nominee_name      VARCHAR(300)  NOT NULL,
    latin_name        VARCHAR(300),
    current_post      VARCHAR(200),
    agency_name       VARCHAR(200),
    agency_type       VARCHAR(30),
    agency_id         CHAR(36),
    years_experience  INT           DEFAULT 0 NOT NULL,
    motivation        VARCHAR(4000),
    languages         VARCHAR(100),
    sex               VARCHAR(12),
    age_band          VARCHAR(20),
    ineligibility     VARCHAR(400),
    eligible_override BOOLEAN,
    override_reason   VARCHAR(1000),
    status            VARCHAR(20)   NOT NULL,
    decision_reason   VARCHAR(1000),
    waitlist_rank     INT,
    offer_deadline    DATE,
    online_completed  BOOLEAN       DEFAULT FALSE NOT NULL,
    nominated_by      VARCHAR(80)   NOT NULL,
    nominated_at      ${timestamp}  NOT NULL,
    version           BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT pk_asst_fel_nomination PRIMARY KEY (id),
    CONSTRAINT fk_asst_fel_nomination_call FOREIGN KEY (call_id) REFERENCES asst_fel_call (id),
    CONSTRAINT uq_asst_fel_nomination_person UNIQUE (call_id, person_id)
);
CREATE INDEX ix_asst_fel_nomination_state ON asst_fel_nomination (call_id, state_id);
CREATE INDEX ix_asst_fel_nomination_person ON asst_fel_nomination (person_id);

CREATE TABLE asst_fel_document (
    id            CHAR(36)      NOT NULL,
    nomination_id CHAR(36)      NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    INT           NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    content       LONGBLOB      NOT NULL,
    uploaded_at   ${timestamp}  NOT NULL,
    CONSTRAINT pk_asst_fel_document PRIMARY KEY (id),
    CONSTRAINT fk_asst_fel_document_nomination FOREIGN KEY (nomination_id) REFERENCES asst_fel_nomination (id)
);
CREATE INDEX ix_asst_fel_document_nomination ON asst_fel_document (nomination_id, kind);

CREATE TABLE asst_fel_reviewer (
    username        VARCHAR(80)   NOT NULL,
    state_id        CHAR(36),
    organisation_id CHAR(36),
    agency          VARCHAR(200),
    version         BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT pk_asst_fel_reviewer PRIMARY KEY (username)
);

CREATE TABLE asst_fel_assignment (
    id            CHAR(36)      NOT NULL,
    call_id       CHAR(36)      NOT NULL,
    nomination_id CHAR(36)      NOT NULL,
    reviewer      VARCHAR(80)   NOT NULL,
    assigned_at   ${timestamp}  NOT NULL,
    scores        VARCHAR(2000),
    review_comment VARCHAR(4000),
    submitted_at  ${timestamp},
    version       BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT pk_asst_fel_assignment PRIMARY KEY (id),
    CONSTRAINT fk_asst_fel_assignment_nomination FOREIGN KEY (nomination_id) REFERENCES asst_fel_nomination (id),
    CONSTRAINT uq_asst_fel_assignment UNIQUE (nomination_id, reviewer)
);
CREATE INDEX ix_asst_fel_assignment_reviewer ON asst_fel_assignment (reviewer);
CREATE INDEX ix_asst_fel_assignment_call ON asst_fel_assignment (call_id);

CREATE TABLE asst_fel_session (
    id        CHAR(36)      NOT NULL,
    call_id   CHAR(36)      NOT NULL,
    title     VARCHAR(200)  NOT NULL,
    held_on   DATE          NOT NULL,
    version   BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT pk_asst_fel_session PRIMARY KEY (id),
    CONSTRAINT fk_asst_fel_session_call FOREIGN KEY (call_id) REFERENCES asst_fel_call (id)
);

CREATE TABLE asst_fel_attendance (
    id            CHAR(36)      NOT NULL,
    session_id    CHAR(36)      NOT NULL,
    nomination_id CHAR(36)      NOT NULL,
    present       BOOLEAN       NOT NULL,
    version       BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT pk_asst_fel_attendance PRIMARY KEY (id),
    CONSTRAINT fk_asst_fel_attendance_session FOREIGN KEY (session_id) REFERENCES asst_fel_session (id),
    CONSTRAINT uq_asst_fel_attendance UNIQUE (session_id, nomination_id)
);

CREATE TABLE asst_fel_ledger (
    id            CHAR(36)       NOT NULL,
    call_id       CHAR(36)       NOT NULL,
    nomination_id CHAR(36)       NOT NULL,
    kind          VARCHAR(20)    NOT NULL,
    description   VARCHAR(300),
    amount        DECIMAL(14, 2) NOT NULL,
    currency      CHAR(3)        NOT NULL,
    status        VARCHAR(10)    NOT NULL,
    donor_id      CHAR(36),
    version       BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT pk_asst_fel_ledger PRIMARY KEY (id),
    CONSTRAINT fk_asst_fel_ledger_nomination FOREIGN KEY (nomination_id) REFERENCES asst_fel_nomination (id)
);
CREATE INDEX ix_asst_fel_ledger_call ON asst_fel_ledger (call_id);

CREATE TABLE asst_fel_followup (
    id               CHAR(36)      NOT NULL,
    call_id          CHAR(36)      NOT NULL,
    nomination_id    CHAR(36)      NOT NULL,
    months           INT           NOT NULL,
    due_on           DATE          NOT NULL,
    recorded_on      DATE,
    current_position VARCHAR(300),
    position_changed BOOLEAN       DEFAULT FALSE NOT NULL,
    skills_use       VARCHAR(4000),
    version          BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT pk_asst_fel_followup PRIMARY KEY (id),
    CONSTRAINT fk_asst_fel_followup_nomination FOREIGN KEY (nomination_id) REFERENCES asst_fel_nomination (id),
    CONSTRAINT uq_asst_fel_followup UNIQUE (nomination_id, months)
);
CREATE INDEX ix_asst_fel_followup_due ON asst_fel_followup (due_on, recorded_on);
