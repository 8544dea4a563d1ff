-- Meetings module: meetings, sessions and agenda, documents and files, invitations, registrations, attendance,
-- outcomes with follow-up actions, personal calendar feeds. Portable across H2 (MODE=MySQL) and MySQL/MariaDB.
-- States, organisations and persons are registry records referred to by their UUID.
CREATE TABLE meet_meeting (
    id                   CHAR(36)     NOT NULL,
    meeting_type         VARCHAR(30)  NOT NULL,
    title_en             VARCHAR(300) NOT NULL,
    title_fr             VARCHAR(300),
    title_ar             VARCHAR(300),
    ordinal              INT,
    series               VARCHAR(80),
    start_local          ${timestamp} NOT NULL,
    end_local            ${timestamp} NOT NULL,
    zone                 VARCHAR(60)  NOT NULL,
    starts_at            ${timestamp} NOT NULL,
    ends_at              ${timestamp} NOT NULL,
    room                 VARCHAR(200),
    city                 VARCHAR(120),
    venue_country        CHAR(36),
    online_link          VARCHAR(500),
    languages            VARCHAR(60),
    interpretation       BOOLEAN      DEFAULT FALSE NOT NULL,
    organiser_id         CHAR(36),
    chair_id             CHAR(36),
    chair_deadline       DATE,
    registration_deadline DATE,
    documents_deadline   DATE,
    capacity             INT,
    topics               VARCHAR(2000),
    related_meeting      CHAR(36),
    status               VARCHAR(30)  NOT NULL,
    status_reason        VARCHAR(1000),
    ics_sequence         INT          DEFAULT 0 NOT NULL,
    created_at           ${timestamp} NOT NULL,
    updated_at           ${timestamp} NOT NULL,
    version              BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT pk_meet_meeting PRIMARY KEY (id)
);
CREATE INDEX ix_meet_meeting_time ON meet_meeting (starts_at, ends_at);
CREATE INDEX ix_meet_meeting_series ON meet_meeting (series);

CREATE TABLE meet_session (
    id          CHAR(36)     NOT NULL,
    meeting_id  CHAR(36)     NOT NULL,
    title       VARCHAR(300) NOT NULL,
    start_local ${timestamp} NOT NULL,
    end_local   ${timestamp} NOT NULL,
    starts_at   ${timestamp} NOT NULL,
    ends_at     ${timestamp} NOT NULL,
    room        VARCHAR(200),
    version     BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT pk_meet_session PRIMARY KEY (id),
    CONSTRAINT fk_meet_session_meeting FOREIGN KEY (meeting_id) REFERENCES meet_meeting (id)
);
CREATE INDEX ix_meet_session_meeting ON meet_session (meeting_id, starts_at);

CREATE TABLE meet_agenda_item (
    id          CHAR(36)      NOT NULL,
    session_id  CHAR(36)      NOT NULL,
    meeting_id  CHAR(36)      NOT NULL,
    item_number VARCHAR(20)   NOT NULL,
    title       VARCHAR(500)  NOT NULL,
    cooperation BOOLEAN       DEFAULT FALSE NOT NULL,
    speakers    VARCHAR(1000),
    sort_order  INT           DEFAULT 0 NOT NULL,
    version     BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT pk_meet_agenda_item PRIMARY KEY (id),
    CONSTRAINT fk_meet_agenda_item_session FOREIGN KEY (session_id) REFERENCES meet_session (id)
);

CREATE TABLE meet_document (
    id          CHAR(36)     NOT NULL,
    meeting_id  CHAR(36)     NOT NULL,
    symbol      VARCHAR(80)  NOT NULL,
    doc_type    VARCHAR(30)  NOT NULL,
    title       VARCHAR(500) NOT NULL,
    access      VARCHAR(20)  NOT NULL,
    version     BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT pk_meet_document PRIMARY KEY (id),
    CONSTRAINT uq_meet_document_symbol UNIQUE (symbol),
    CONSTRAINT fk_meet_document_meeting FOREIGN KEY (meeting_id) REFERENCES meet_meeting (id)
);

-- Uploaded files: a document's language versions (owner = document) and delegations' credentials
-- (owner = meeting, state set). Content lives in the database, so backups hold it and nothing touches the disk.
CREATE TABLE meet_file (
    id           CHAR(36)     NOT NULL,
    owner_id     CHAR(36)     NOT NULL,
    state_id     CHAR(36),
    purpose      VARCHAR(20)  NOT NULL,
    lang         VARCHAR(5),
    filename     VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content      LONGBLOB     NOT NULL,
    uploaded_at  ${timestamp} NOT NULL,
    uploaded_by  VARCHAR(80),
    CONSTRAINT pk_meet_file PRIMARY KEY (id)
);
CREATE INDEX ix_meet_file_owner ON meet_file (owner_id, purpose);

CREATE TABLE meet_invitation (
    id           CHAR(36)     NOT NULL,
    meeting_id   CHAR(36)     NOT NULL,
    invitee_kind VARCHAR(20)  NOT NULL,
    invitee_id   CHAR(36)     NOT NULL,
    response     VARCHAR(20)  NOT NULL,
    note         VARCHAR(1000),
    sent_at      ${timestamp} NOT NULL,
    responded_at ${timestamp},
    version      BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT pk_meet_invitation PRIMARY KEY (id),
    CONSTRAINT uq_meet_invitation UNIQUE (meeting_id, invitee_kind, invitee_id),
    CONSTRAINT fk_meet_invitation_meeting FOREIGN KEY (meeting_id) REFERENCES meet_meeting (id)
);

CREATE TABLE meet_registration (
    id                   CHAR(36)      NOT NULL,
    meeting_id           CHAR(36)      NOT NULL,
    person_id            CHAR(36)      NOT NULL,
    category             VARCHAR(20)   NOT NULL,
    state_id             CHAR(36),
    organisation_id      CHAR(36),
    delegation_role      VARCHAR(10)   NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    decision_reason      VARCHAR(1000),
    consent_to_list      BOOLEAN       DEFAULT FALSE NOT NULL,
    sponsorship          VARCHAR(20)   NOT NULL,
    sponsorship_reason   VARCHAR(1000),
    sponsorship_amount   DECIMAL(12,2),
    registered_by        VARCHAR(80),
    registered_at        ${timestamp}  NOT NULL,
    version              BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT pk_meet_registration PRIMARY KEY (id),
    CONSTRAINT fk_meet_registration_meeting FOREIGN KEY (meeting_id) REFERENCES meet_meeting (id)
);
CREATE INDEX ix_meet_registration_meeting ON meet_registration (meeting_id, state_id);
CREATE INDEX ix_meet_registration_person ON meet_registration (person_id);

CREATE TABLE meet_attendance (
    session_id      CHAR(36)     NOT NULL,
    registration_id CHAR(36)     NOT NULL,
    checked_in_at   ${timestamp} NOT NULL,
    checked_in_by   VARCHAR(80),
    CONSTRAINT pk_meet_attendance PRIMARY KEY (session_id, registration_id)
);

CREATE TABLE meet_outcome (
    id           CHAR(36)     NOT NULL,
    meeting_id   CHAR(36)     NOT NULL,
    outcome_kind VARCHAR(20)  NOT NULL,
    reference    VARCHAR(80),
    body         ${clob}      NOT NULL,
    version      BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT pk_meet_outcome PRIMARY KEY (id),
    CONSTRAINT fk_meet_outcome_meeting FOREIGN KEY (meeting_id) REFERENCES meet_meeting (id)
);

CREATE TABLE meet_follow_up (
    id              CHAR(36)      NOT NULL,
    outcome_id      CHAR(36)      NOT NULL,
    meeting_id      CHAR(36)      NOT NULL,
    description     VARCHAR(1000) NOT NULL,
    owner_state     CHAR(36),
    owner_org       CHAR(36),
    due_on          DATE,
    status          VARCHAR(20)   NOT NULL,
    version         BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT pk_meet_follow_up PRIMARY KEY (id),
    CONSTRAINT fk_meet_follow_up_outcome FOREIGN KEY (outcome_id) REFERENCES meet_outcome (id)
);
CREATE INDEX ix_meet_follow_up_owner ON meet_follow_up (owner_state, owner_org);

CREATE TABLE meet_calendar_feed (
    username    VARCHAR(80)  NOT NULL,
    secret_hash CHAR(64)     NOT NULL,
    created_at  ${timestamp} NOT NULL,
    CONSTRAINT pk_meet_calendar_feed PRIMARY KEY (username),
    CONSTRAINT uq_meet_calendar_feed_secret UNIQUE (secret_hash)
);
