-- The instruments on small arms and each State's status for them. Portable across H2 and MySQL/MariaDB.
-- V7 loads the instruments; the statuses are recorded by staff.
CREATE TABLE reg_instrument (
    id              CHAR(36)     NOT NULL,
    code            VARCHAR(40)  NOT NULL,
    name_en         VARCHAR(500) NOT NULL,
    name_fr         VARCHAR(500),
    name_ar         VARCHAR(500),
    kind            VARCHAR(10)  NOT NULL,
    legally_binding BOOLEAN      NOT NULL,
    adopted_on      DATE         NOT NULL,
    version         BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT pk_reg_instrument PRIMARY KEY (id),
    CONSTRAINT uq_reg_instrument_code UNIQUE (code)
);

CREATE TABLE reg_state_instrument (
    id            CHAR(36)    NOT NULL,
    state_id      CHAR(36)    NOT NULL,
    instrument_id CHAR(36)    NOT NULL,
    status        VARCHAR(12) NOT NULL,
    signed_on     DATE,
    deposited_on  DATE,
    version       BIGINT      DEFAULT 0 NOT NULL,
    CONSTRAINT pk_reg_state_instrument PRIMARY KEY (id),
    CONSTRAINT uq_reg_state_instrument UNIQUE (state_id, instrument_id),
    CONSTRAINT fk_reg_state_instrument_state FOREIGN KEY (state_id) REFERENCES reg_state (id),
    CONSTRAINT fk_reg_state_instrument_instrument FOREIGN KEY (instrument_id) REFERENCES reg_instrument (id)
);
CREATE INDEX ix_reg_state_instrument_instrument ON reg_state_instrument (instrument_id);
