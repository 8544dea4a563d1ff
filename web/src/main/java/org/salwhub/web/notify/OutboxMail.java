package org.salwhub.web.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.salwhub.registry.api.kernel.NotAudited;

/**
 * One e-mail waiting to go out, already rendered in its recipient's language. The dispatcher claims it before
 * sending and marks it sent after; a failed attempt puts it back with a later {@code nextAttemptAt}.
 */
@Entity
@NotAudited
@Table(name = "web_mail_outbox")
@NamedQuery(name = "OutboxMail.due", query = "SELECT m.id FROM OutboxMail m WHERE (m.status = :pending"
        + " AND m.nextAttemptAt <= :now) OR (m.status = :sending AND m.claimedUntil < :now) ORDER BY m.nextAttemptAt")
@NamedQuery(name = "OutboxMail.recent", query = "SELECT m FROM OutboxMail m ORDER BY m.createdAt DESC")
@NamedQuery(name = "OutboxMail.countByStatus", query = "SELECT m.status, COUNT(m) FROM OutboxMail m GROUP BY m.status")
public class OutboxMail {

    /** Where a message stands. */
    public enum Status { PENDING, SENDING, SENT, FAILED }

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "notification_id")
    private SentNotification notification;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(nullable = false, length = 300)
    private String subject;

    @Lob
    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected OutboxMail() {
    }

    OutboxMail(SentNotification notification, String recipient, String language, String subject, String body,
               Instant now) {
        this.id = UUID.randomUUID().toString();
        this.notification = notification;
        this.recipient = recipient;
        this.language = language;
        this.subject = subject.length() > 300 ? subject.substring(0, 299) + "…" : subject;
        this.body = body;
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** Takes the message for one delivery attempt; false when another dispatcher holds it or it is done. */
    boolean claim(Instant now, Instant until) {
        boolean free = (status == Status.PENDING && !nextAttemptAt.isAfter(now))
                || (status == Status.SENDING && claimedUntil != null && claimedUntil.isBefore(now));
        if (free) {
            status = Status.SENDING;
            claimedUntil = until;
            attempts++;
        }
        return free;
    }

    void sent(Instant now) {
        status = Status.SENT;
        sentAt = now;
        claimedUntil = null;
        lastError = null;
    }

    /**
     * Puts the message back for a later attempt, or gives up after {@code maxAttempts} when the server refused it.
     * A server that could not be reached ({@code unreachable}) is never a reason to give up: the message waits for
     * it, however long it is down.
     */
    void failed(String error, Instant retryAt, int maxAttempts, boolean unreachable) {
        lastError = error == null ? "unknown error" : error.length() > 500 ? error.substring(0, 500) : error;
        claimedUntil = null;
        if (attempts >= maxAttempts && !unreachable) {
            status = Status.FAILED;
        } else {
            status = Status.PENDING;
            nextAttemptAt = retryAt;
        }
    }

    /** Staff ask for another try of a message that was given up on. */
    void retry(Instant now) {
        if (status == Status.FAILED) {
            status = Status.PENDING;
            attempts = 0;
            nextAttemptAt = now;
        }
    }

    String id() {
        return id;
    }

    String recipient() {
        return recipient;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    int attempts() {
        return attempts;
    }

    OutboxView view() {
        return new OutboxView(id, recipient, language, subject, status, attempts, nextAttemptAt, lastError, createdAt,
                sentAt);
    }
}
