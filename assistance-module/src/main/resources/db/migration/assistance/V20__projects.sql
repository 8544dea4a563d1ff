-- Assistance projects after the IATI activity standard: the record with its parties and links, budgets,
-- transactions, deliverables, results indicators, milestones and reports, documents, equipment assets and their
-- maintenance log. Sets of codes or IDs are kept as |A|B| (see CodeList). Portable across H2 (MySQL mode) and
-- MySQL/MariaDB.
CREATE TABLE asst_prj_project (
    id               VARCHAR(36)   NOT NULL,
    iati_identifier  VARCHAR(150)  NOT NULL,
    title_en         VARCHAR(300),
    title_fr         VARCHAR(300),
    title_ar         VARCHAR(300),
    description_en   ${clob},
    description_fr   ${clob},
    description_ar   ${clob},
    recipient_states VARCHAR(1000) NOT NULL,
    need_ids         VARCHAR(2000) NOT NULL,
    offer_ids        VARCHAR(2000) NOT NULL,
    match_ids        VARCHAR(2000) NOT NULL,
    themes           VARCHAR(1000) NOT NULL,
    funders          VARCHAR(1000) NOT NULL,
    gender_marker    VARCHAR(20)   NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    confidential     BOOLEAN       DEFAULT FALSE NOT NULL,
    planned_start    DATE,
    planned_end      DATE,
    actual_start     DATE,
    actual_end       DATE,
    lessons          ${clob},
    origin           VARCHAR(10)   NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    created_at       ${timestamp}  NOT NULL,
    version          BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT pk_asst_prj_project PRIMARY KEY (id),
    CONSTRAINT uq_asst_prj_identifier UNIQUE (iati_identifier)
);
CREATE INDEX ix_asst_prj_project_status ON asst_prj_project (status);

CREATE TABLE asst_prj_party (
    id              VARCHAR(36)  NOT NULL,
    project_id      VARCHAR(36)  NOT NULL,
    line_no         INT          NOT NULL,
    organisation_id VARCHAR(36),
    name            VARCHAR(300),
    iati_ref        VARCHAR(100),
    org_role        VARCHAR(20)  NOT NULL,
    version         BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT pk_asst_prj_party PRIMARY KEY (id),
    CONSTRAINT fk_asst_prj_party FOREIGN KEY (project_id) REFERENCES asst_prj_project (id)
);
CREATE INDEX ix_asst_prj_party_org ON asst_prj_party (organisation_id);

CREATE TABLE asst_prj_budget (
    id          VARCHAR(36)    NOT NULL,
    project_id  VARCHAR(36)    NOT NULL,
    kind        VARCHAR(10)    NOT NULL,
    fiscal_year INT            NOT NULL,
    amount      DECIMAL(15, 2) NOT NULL,
    currency    CHAR(3)        NOT NULL,
    version     BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT pk_asst_prj_budget PRIMARY KEY (id),
    CONSTRAINT fk_asst_prj_budget FOREIGN KEY (project_id) REFERENCES asst_prj_project (id)
);

CREATE TABLE asst_prj_transaction (
    id            VARCHAR(36)    NOT NULL,
    project_id    VARCHAR(36)    NOT NULL,
    tx_type       VARCHAR(15)    NOT NULL,
    tx_date       DATE           NOT NULL,
    amount        DECIMAL(15, 2) NOT NULL,
    currency      CHAR(3)        NOT NULL,
    provider_id   VARCHAR(36),
    provider_name VARCHAR(300),
    receiver_id   VARCHAR(36),
    receiver_name VARCHAR(300),
    description   VARCHAR(1000),
    recorded_by   VARCHAR(100)   NOT NULL,
    version       BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT pk_asst_prj_transaction PRIMARY KEY (id),
    CONSTRAINT fk_asst_prj_transaction FOREIGN KEY (project_id) REFERENCES asst_prj_project (id)
);

CREATE TABLE asst_prj_deliverable (
    id               VARCHAR(36)  NOT NULL,
    project_id       VARCHAR(36)  NOT NULL,
    line_no          INT          NOT NULL,
    item_code        VARCHAR(40),
    description      VARCHAR(500) NOT NULL,
    planned          INT          NOT NULL,
    delivered        INT          DEFAULT 0 NOT NULL,
    installed        INT          DEFAULT 0 NOT NULL,
    operational      INT          DEFAULT 0 NOT NULL,
    trainees_female  INT          DEFAULT 0 NOT NULL,
    trainees_male    INT          DEFAULT 0 NOT NULL,
    version          BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT pk_asst_prj_deliverable PRIMARY KEY (id),
    CONSTRAINT fk_asst_prj_deliverable FOREIGN KEY (project_id) REFERENCES asst_prj_project (id)
);

CREATE TABLE asst_prj_indicator (
    id            VARCHAR(36)    NOT NULL,
    project_id    VARCHAR(36)    NOT NULL,
    title         VARCHAR(500)   NOT NULL,
    percentage    BOOLEAN        DEFAULT FALSE NOT NULL,
    unit          VARCHAR(100),
    baseline_year INT,
    baseline      DECIMAL(15, 2),
    periods       VARCHAR(4000)  NOT NULL,
    version       BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT pk_asst_prj_indicator PRIMARY KEY (id),
    CONSTRAINT fk_asst_prj_indicator FOREIGN KEY (project_id) REFERENCES asst_prj_project (id)
);

CREATE TABLE asst_prj_milestone (
    id         VARCHAR(36)   NOT NULL,
    project_id VARCHAR(36)   NOT NULL,
    kind       VARCHAR(20)   NOT NULL,
    title      VARCHAR(300)  NOT NULL,
    due_on     DATE          NOT NULL,
    done_on    DATE,
    note       VARCHAR(2000),
    version    BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT pk_asst_prj_milestone PRIMARY KEY (id),
    CONSTRAINT fk_asst_prj_milestone FOREIGN KEY (project_id) REFERENCES asst_prj_project (id)
);
CREATE INDEX ix_asst_prj_milestone_due ON asst_prj_milestone (due_on);

CREATE TABLE asst_prj_document (
    id           VARCHAR(36)  NOT NULL,
    project_id   VARCHAR(36)  NOT NULL,
    kind         VARCHAR(25)  NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   INT          NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    content      LONGBLOB     NOT NULL,
    uploaded_by  VARCHAR(100) NOT NULL,
    uploaded_at  ${timestamp} NOT NULL,
    version      BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT pk_asst_prj_document PRIMARY KEY (id),
    CONSTRAINT fk_asst_prj_document FOREIGN KEY (project_id) REFERENCES asst_prj_project (id)
);
CREATE INDEX ix_asst_prj_document_project ON asst_prj_document (project_id);

CREATE TABLE asst_prj_asset (
    id                VARCHAR(36)  NOT NULL,
    project_id        VARCHAR(36)  NOT NULL,
    state_id          VARCHAR(36)  NOT NULL,
    serial_number     VARCHAR(100) NOT NULL,
    model             VARCHAR(200) NOT NULL,
    equipment_type    VARCHAR(40),
    custodian_agency  VARCHAR(300) NOT NULL,
    location          VARCHAR(300) NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    trained_operators INT          DEFAULT 0 NOT NULL,
    last_reported_on  DATE         NOT NULL,
    version           BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT pk_asst_prj_asset PRIMARY KEY (id),
    CONSTRAINT fk_asst_prj_asset FOREIGN KEY (project_id) REFERENCES asst_prj_project (id),
    CONSTRAINT uq_asst_prj_asset_serial UNIQUE (project_id, serial_number)
);
CREATE INDEX ix_asst_prj_asset_state ON asst_prj_asset (state_id);

CREATE TABLE asst_prj_asset_log (
    id          VARCHAR(36)   NOT NULL,
    asset_id    VARCHAR(36)   NOT NULL,
    logged_on   DATE          NOT NULL,
    note        VARCHAR(2000) NOT NULL,
    recorded_by VARCHAR(100)  NOT NULL,
    version     BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT pk_asst_prj_asset_log PRIMARY KEY (id),
    CONSTRAINT fk_asst_prj_asset_log FOREIGN KEY (asset_id) REFERENCES asst_prj_asset (id)
);
