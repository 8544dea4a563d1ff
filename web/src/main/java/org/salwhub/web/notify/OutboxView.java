package org.salwhub.web.notify;

import java.time.Instant;

/** An outbox message as the staff's mail queue shows it. */
public record OutboxView(String id, String recipient, String language, String subject, OutboxMail.Status status,
                         int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {
}
