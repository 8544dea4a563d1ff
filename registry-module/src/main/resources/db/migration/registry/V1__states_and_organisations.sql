-- Registry reference data: States and organisations. Portable across H2 and MySQL/MariaDB.
CREATE TABLE reg_state (
    id                CHAR(36)     NOT NULL,
    iso2              CHAR(2)      NOT NULL,
    iso3              CHAR(3)      NOT NULL,
    name_en           VARCHAR(200) NOT NULL,
    name_fr           VARCHAR(200),
    name_ar           VARCHAR(200),
    commission_member BOOLEAN      DEFAULT FALSE NOT NULL,
    member_since      DATE,
    version           BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT pk_reg_state PRIMARY KEY (id),
    CONSTRAINT uq_reg_state_iso2 UNIQUE (iso2),
    CONSTRAINT uq_reg_state_iso3 UNIQUE (iso3)
);

CREATE TABLE reg_organisation (
    id       CHAR(36)     NOT NULL,
    acronym  VARCHAR(40)  NOT NULL,
    name_en  VARCHAR(255) NOT NULL,
    name_fr  VARCHAR(255),
    name_ar  VARCHAR(255),
    org_type VARCHAR(20)  NOT NULL,
    donor    BOOLEAN      DEFAULT FALSE NOT NULL,
    version  BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT pk_reg_organisation PRIMARY KEY (id),
    CONSTRAINT uq_reg_organisation_acronym UNIQUE (acronym)
);
