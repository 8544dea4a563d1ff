package org.salwhub.web.security;

import java.time.Instant;

/** An API token as its owner sees it in the list: never the secret itself. */
public record TokenView(String id, String name, String prefix, Instant createdAt, Instant lastUsedAt,
                        Instant revokedAt) {
    public boolean active() {
        return revokedAt == null;
    }
}
