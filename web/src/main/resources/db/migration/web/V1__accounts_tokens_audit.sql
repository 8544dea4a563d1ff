-- The web layer's tables: user accounts, API tokens and the audit trail.
-- ${clob} and ${timestamp} are Flyway placeholders set per database (H2 or MySQL/MariaDB).
CREATE TABLE web_user_account (
    id                    CHAR(36)     NOT NULL,
    username              VARCHAR(80)  NOT NULL,
    display_name          VARCHAR(200) NOT NULL,
    email                 VARCHAR(254),
    password_hash         VARCHAR(400) NOT NULL,
    roles                 VARCHAR(200) NOT NULL,
    scope_state_id        CHAR(36),
    scope_organisation_id CHAR(36),
    preferred_language    VARCHAR(5),
    enabled               BOOLEAN      DEFAULT TRUE NOT NULL,
    failed_logins         INT          DEFAULT 0 NOT NULL,
    locked_until          ${timestamp},
    must_change_password  BOOLEAN      DEFAULT FALSE NOT NULL,
    created_at            ${timestamp} NOT NULL,
    last_login_at         ${timestamp},
    version               BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT pk_web_user_account PRIMARY KEY (id),
    CONSTRAINT uq_web_user_account_username UNIQUE (username)
);

CREATE TABLE web_api_token (
    id           CHAR(36)     NOT NULL,
    user_id      CHAR(36)     NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    token_prefix VARCHAR(16)  NOT NULL,
    created_at   ${timestamp} NOT NULL,
    last_used_at ${timestamp},
    revoked_at   ${timestamp},
    version      BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT pk_web_api_token PRIMARY KEY (id),
    CONSTRAINT uq_web_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_web_api_token_user FOREIGN KEY (user_id) REFERENCES web_user_account (id)
);
CREATE INDEX ix_web_api_token_user ON web_api_token (user_id);

CREATE TABLE web_audit_entry (
    id          CHAR(36)     NOT NULL,
    occurred_at ${timestamp} NOT NULL,
    actor       VARCHAR(80)  NOT NULL,
    action      VARCHAR(10)  NOT NULL,
    entity_type VARCHAR(80)  NOT NULL,
    entity_id   VARCHAR(80)  NOT NULL,
    entity_version BIGINT,
    changes     ${clob},
    CONSTRAINT pk_web_audit_entry PRIMARY KEY (id)
);
CREATE INDEX ix_web_audit_entity ON web_audit_entry (entity_type, entity_id);
CREATE INDEX ix_web_audit_occurred ON web_audit_entry (occurred_at);
CREATE INDEX ix_web_audit_actor ON web_audit_entry (actor);
