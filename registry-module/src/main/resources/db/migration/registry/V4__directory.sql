-- The focal-point directory: agencies, national coordination bodies, persons and their contact roles.
-- Cross-module and cross-aggregate references are plain IDs. Nothing here is ever deleted:
-- roles end (valid_to), persons are merged or anonymised.
CREATE TABLE reg_agency (
    id              CHAR(36)     NOT NULL,
    state_id        CHAR(36),
    organisation_id CHAR(36),
    agency_type     VARCHAR(30)  NOT NULL,
    name            VARCHAR(255) NOT NULL,
    acronym         VARCHAR(40),
    version         BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT pk_reg_agency PRIMARY KEY (id)
);
CREATE INDEX ix_reg_agency_state ON reg_agency (state_id);

CREATE TABLE reg_coordination_body (
    id             CHAR(36)     NOT NULL,
    state_id       CHAR(36)     NOT NULL,
    body_type      VARCHAR(30)  NOT NULL,
    name           VARCHAR(255) NOT NULL,
    legal_basis    VARCHAR(500),
    established_on DATE,
    members_women  INT          DEFAULT 0 NOT NULL,
    members_men    INT          DEFAULT 0 NOT NULL,
    leaders_women  INT          DEFAULT 0 NOT NULL,
    leaders_men    INT          DEFAULT 0 NOT NULL,
    version        BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT pk_reg_coordination_body PRIMARY KEY (id),
    CONSTRAINT uq_reg_coordination_body_state UNIQUE (state_id)
);

CREATE TABLE reg_coordination_body_agency (
    body_id   CHAR(36) NOT NULL,
    agency_id CHAR(36) NOT NULL,
    CONSTRAINT pk_reg_coordination_body_agency PRIMARY KEY (body_id, agency_id)
);

CREATE TABLE reg_person (
    id              CHAR(36)     NOT NULL,
    state_id        CHAR(36),
    organisation_id CHAR(36),
    agency_id       CHAR(36),
    honorific       VARCHAR(40),
    given_name      VARCHAR(120),
    family_name     VARCHAR(120) NOT NULL,
    latin_name      VARCHAR(255),
    sex             VARCHAR(12)  NOT NULL,
    languages       VARCHAR(60),
    email           VARCHAR(254),
    email_lower     VARCHAR(254),
    alternate_email VARCHAR(254),
    phone           VARCHAR(60),
    mobile          VARCHAR(60),
    postal_address  VARCHAR(500),
    position_title  VARCHAR(200),
    search_name     VARCHAR(400) NOT NULL,
    merged_into     CHAR(36),
    anonymised      BOOLEAN      DEFAULT FALSE NOT NULL,
    version         BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT pk_reg_person PRIMARY KEY (id)
);
CREATE INDEX ix_reg_person_state ON reg_person (state_id);
CREATE INDEX ix_reg_person_email ON reg_person (email_lower);
CREATE INDEX ix_reg_person_search ON reg_person (search_name);

CREATE TABLE reg_contact_role (
    id              CHAR(36)    NOT NULL,
    person_id       CHAR(36)    NOT NULL,
    state_id        CHAR(36),
    organisation_id CHAR(36),
    role_type       VARCHAR(30) NOT NULL,
    valid_from      DATE        NOT NULL,
    valid_to        DATE,
    last_verified   DATE        NOT NULL,
    replaced_by     CHAR(36),
    end_reason      VARCHAR(300),
    version         BIGINT      DEFAULT 0 NOT NULL,
    CONSTRAINT pk_reg_contact_role PRIMARY KEY (id)
);
CREATE INDEX ix_reg_contact_role_person ON reg_contact_role (person_id);
CREATE INDEX ix_reg_contact_role_state ON reg_contact_role (state_id, role_type, valid_to);
CREATE INDEX ix_reg_contact_role_verified ON reg_contact_role (last_verified);
