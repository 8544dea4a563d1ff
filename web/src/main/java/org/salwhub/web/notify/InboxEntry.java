package org.salwhub.web.notify;

import java.time.Instant;

/** One inbox entry, rendered in the reader's language. */
public record InboxEntry(String id, String topic, String subject, String body, String link, Instant createdAt,
                         boolean read) {
}
