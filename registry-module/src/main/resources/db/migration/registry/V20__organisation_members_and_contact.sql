-- Organisations: their member States (regional and international bodies) and their own point of contact,
-- a person of the directory. Both are plain IDs, as everywhere in the registry.
CREATE TABLE reg_organisation_member (
    organisation_id CHAR(36) NOT NULL,
    state_id        CHAR(36) NOT NULL,
    CONSTRAINT pk_reg_organisation_member PRIMARY KEY (organisation_id, state_id)
);
CREATE INDEX ix_reg_organisation_member_state ON reg_organisation_member (state_id);

ALTER TABLE reg_organisation ADD COLUMN contact_person_id CHAR(36);
