-- Word-prefix search on names without scanning every person: one row per name word.
CREATE TABLE reg_person_token (
    person_id CHAR(36)    NOT NULL,
    token     VARCHAR(120) NOT NULL,
    CONSTRAINT pk_reg_person_token PRIMARY KEY (person_id, token)
);
CREATE INDEX ix_reg_person_token ON reg_person_token (token, person_id);
