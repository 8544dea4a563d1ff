package org.salwhub.meetings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.salwhub.registry.api.kernel.NotAudited;

/**
 * A user's personal calendar feed. Only the SHA-256 of the secret is kept, so the table alone opens no feed;
 * issuing a new secret or deleting the row revokes the old URL.
 */
@Entity
@Table(name = "meet_calendar_feed")
public class CalendarFeed {

    @Id
    @Column(length = 80)
    private String username;

    @NotAudited
    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeed() {
    }

    public CalendarFeed(String username, String secretHash, Instant now) {
        this.username = username;
        this.secretHash = secretHash;
        this.createdAt = now;
    }

    public void renew(String hash, Instant now) {
        this.secretHash = hash;
        this.createdAt = now;
    }

    public String username() {
        return username;
    }
}
