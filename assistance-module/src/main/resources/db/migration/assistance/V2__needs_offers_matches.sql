-- Assistance needs filed by States, offers published by donors, and the matches between them.
-- A need's State and an offer's organisation are plain IDs (registry aggregates). Vocabulary codes are kept as
-- '|CODE|CODE|' lists so that a filter is one indexed-free LIKE; line items are child rows.
CREATE TABLE asst_need (
    id                    CHAR(36)       NOT NULL,
    state_id              CHAR(36)       NOT NULL,
    title                 VARCHAR(200)   NOT NULL,
    description           ${clob},
    themes                VARCHAR(1000)  NOT NULL,
    assistance_types      VARCHAR(400)   NOT NULL,
    estimated_cost        DECIMAL(15, 2),
    currency              CHAR(3),
    national_contribution VARCHAR(2000),
    priority              VARCHAR(10)    NOT NULL,
    period_from           DATE,
    period_to             DATE,
    need_context          VARCHAR(20),
    gender_considerations VARCHAR(2000),
    beneficiary_agency    VARCHAR(200),
    delivery_site         VARCHAR(200),
    source_link           VARCHAR(500),
    confidentiality       VARCHAR(12)    NOT NULL,
    languages             VARCHAR(100)   NOT NULL,
    sustain_training      VARCHAR(2000),
    sustain_maintenance   VARCHAR(2000),
    sustain_logistics     VARCHAR(2000),
    status                VARCHAR(20)    NOT NULL,
    review_comment        VARCHAR(2000),
    created_by            VARCHAR(100),
    created_at            ${timestamp}   NOT NULL,
    submitted_at          ${timestamp},
    published_on          DATE,
    closed_on             DATE,
    version               BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT pk_asst_need PRIMARY KEY (id)
);
CREATE INDEX ix_asst_need_status ON asst_need (status, published_on);
CREATE INDEX ix_asst_need_state ON asst_need (state_id, status);

CREATE TABLE asst_need_line (
    id        CHAR(36)     NOT NULL,
    need_id   CHAR(36)     NOT NULL,
    line_no   INT          NOT NULL,
    item_code VARCHAR(40)  NOT NULL,
    quantity  INT          NOT NULL,
    unit_code VARCHAR(20)  NOT NULL,
    note      VARCHAR(300),
    covered   INT          DEFAULT 0 NOT NULL,
    version   BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT pk_asst_need_line PRIMARY KEY (id),
    CONSTRAINT fk_asst_need_line_need FOREIGN KEY (need_id) REFERENCES asst_need (id)
);
CREATE INDEX ix_asst_need_line_need ON asst_need_line (need_id, line_no);

CREATE TABLE asst_offer (
    id                  CHAR(36)       NOT NULL,
    organisation_id     CHAR(36)       NOT NULL,
    title               VARCHAR(200)   NOT NULL,
    description         VARCHAR(4000),
    themes              VARCHAR(1000)  NOT NULL,
    assistance_types    VARCHAR(400)   NOT NULL,
    budget              DECIMAL(15, 2),
    currency            CHAR(3),
    committed_budget    DECIMAL(15, 2) DEFAULT 0 NOT NULL,
    valid_from          DATE,
    valid_to            DATE,
    languages           VARCHAR(100)   NOT NULL,
    implementing_partner VARCHAR(200),
    eligible_states     ${clob},
    eligible_subregions VARCHAR(500)   NOT NULL,
    offer_conditions    VARCHAR(2000),
    status              VARCHAR(24)    NOT NULL,
    created_by          VARCHAR(100),
    created_at          ${timestamp}   NOT NULL,
    published_on        DATE,
    version             BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT pk_asst_offer PRIMARY KEY (id)
);
CREATE INDEX ix_asst_offer_status ON asst_offer (status);
CREATE INDEX ix_asst_offer_org ON asst_offer (organisation_id, status);

CREATE TABLE asst_offer_line (
    id        CHAR(36)     NOT NULL,
    offer_id  CHAR(36)     NOT NULL,
    line_no   INT          NOT NULL,
    item_code VARCHAR(40)  NOT NULL,
    quantity  INT          NOT NULL,
    unit_code VARCHAR(20)  NOT NULL,
    note      VARCHAR(300),
    committed INT          DEFAULT 0 NOT NULL,
    version   BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT pk_asst_offer_line PRIMARY KEY (id),
    CONSTRAINT fk_asst_offer_line_offer FOREIGN KEY (offer_id) REFERENCES asst_offer (id)
);
CREATE INDEX ix_asst_offer_line_offer ON asst_offer_line (offer_id, line_no);

CREATE TABLE asst_match (
    id             CHAR(36)       NOT NULL,
    need_id        CHAR(36)       NOT NULL,
    offer_id       CHAR(36)       NOT NULL,
    status         VARCHAR(24)    NOT NULL,
    score          DOUBLE,
    funding_amount DECIMAL(15, 2),
    currency       CHAR(3),
    note           VARCHAR(2000),
    proposed_by    VARCHAR(100)   NOT NULL,
    proposed_at    ${timestamp}   NOT NULL,
    recipient_by   VARCHAR(100),
    recipient_at   ${timestamp},
    donor_by       VARCHAR(100),
    donor_at       ${timestamp},
    confirmed_by   VARCHAR(100),
    confirmed_at   ${timestamp},
    closed_by      VARCHAR(100),
    closed_at      ${timestamp},
    close_reason   VARCHAR(1000),
    version        BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT pk_asst_match PRIMARY KEY (id),
    CONSTRAINT fk_asst_match_need FOREIGN KEY (need_id) REFERENCES asst_need (id),
    CONSTRAINT fk_asst_match_offer FOREIGN KEY (offer_id) REFERENCES asst_offer (id)
);
CREATE INDEX ix_asst_match_need ON asst_match (need_id, status);
CREATE INDEX ix_asst_match_offer ON asst_match (offer_id, status);

CREATE TABLE asst_match_line (
    id        CHAR(36)    NOT NULL,
    match_id  CHAR(36)    NOT NULL,
    item_code VARCHAR(40) NOT NULL,
    quantity  INT         NOT NULL,
    version   BIGINT      DEFAULT 0 NOT NULL,
    CONSTRAINT pk_asst_match_line PRIMARY KEY (id),
    CONSTRAINT fk_asst_match_line_match FOREIGN KEY (match_id) REFERENCES asst_match (id)
);
CREATE INDEX ix_asst_match_line_match ON asst_match_line (match_id);
