-- Notifications: one row per notification a module sent, an inbox entry per receiving account, and an e-mail
-- outbox that a timer delivers with retries (nothing is lost while the SMTP server is down).
CREATE TABLE web_notification (
    id          CHAR(36)     NOT NULL,
    topic       VARCHAR(80)  NOT NULL,
    message_key VARCHAR(120) NOT NULL,
    args        ${clob},
    link        VARCHAR(500),
    dedupe_key  VARCHAR(200),
    sent_by     VARCHAR(80)  NOT NULL,
    created_at  ${timestamp} NOT NULL,
    CONSTRAINT pk_web_notification PRIMARY KEY (id),
    CONSTRAINT uq_web_notification_dedupe UNIQUE (dedupe_key)
);

CREATE TABLE web_inbox_item (
    id              CHAR(36)     NOT NULL,
    notification_id CHAR(36)     NOT NULL,
    username        VARCHAR(80)  NOT NULL,
    created_at      ${timestamp} NOT NULL,
    read_at         ${timestamp},
    version         BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT pk_web_inbox_item PRIMARY KEY (id),
    CONSTRAINT fk_web_inbox_notification FOREIGN KEY (notification_id) REFERENCES web_notification (id)
);
CREATE INDEX ix_web_inbox_user ON web_inbox_item (username, created_at);

CREATE TABLE web_mail_outbox (
    id              CHAR(36)     NOT NULL,
    notification_id CHAR(36)     NOT NULL,
    recipient       VARCHAR(254) NOT NULL,
    language        VARCHAR(5)   NOT NULL,
    subject         VARCHAR(300) NOT NULL,
    body            ${clob}      NOT NULL,
    status          VARCHAR(10)  NOT NULL,
    attempts        INT          DEFAULT 0 NOT NULL,
    next_attempt_at ${timestamp} NOT NULL,
    claimed_until   ${timestamp},
    last_error      VARCHAR(500),
    created_at      ${timestamp} NOT NULL,
    sent_at         ${timestamp},
    version         BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT pk_web_mail_outbox PRIMARY KEY (id),
    CONSTRAINT fk_web_outbox_notification FOREIGN KEY (notification_id) REFERENCES web_notification (id)
);
CREATE INDEX ix_web_outbox_due ON web_mail_outbox (status, next_attempt_at);
