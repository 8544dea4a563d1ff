-- Staff ask a State's focal points to confirm its directory entries; the request stays open until every entry
-- it covered (last verified on or before open_cutoff) has been verified again.
CREATE TABLE reg_verification_request (
    id           CHAR(36)     NOT NULL,
    state_id     CHAR(36)     NOT NULL,
    requested_at ${timestamp} NOT NULL,
    requested_on DATE         NOT NULL,
    requested_by VARCHAR(80)  NOT NULL,
    entries_due  INT          NOT NULL,
    open_cutoff  DATE         NOT NULL,
    note         VARCHAR(1000),
    version      BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT pk_reg_verification_request PRIMARY KEY (id),
    CONSTRAINT fk_reg_verification_request_state FOREIGN KEY (state_id) REFERENCES reg_state (id)
);
CREATE INDEX ix_reg_verification_request_state ON reg_verification_request (state_id, requested_on);
