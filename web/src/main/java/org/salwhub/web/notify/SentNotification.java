package org.salwhub.web.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.salwhub.registry.api.kernel.NotAudited;
import org.salwhub.registry.api.notify.Notification;

/** A notification as a module sent it, kept once however many recipients it has. Append-only. */
@Entity
@NotAudited
@Table(name = "web_notification")
@NamedQuery(name = "SentNotification.countByDedupeKey",
        query = "SELECT COUNT(n) FROM SentNotification n WHERE n.dedupeKey = :key")
public class SentNotification {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 80)
    private String topic;

    @Column(name = "message_key", nullable = false, length = 120)
    private String messageKey;

    @Lob
    @Column(name = "args")
    private String args;

    @Column(length = 500)
    private String link;

    @Column(name = "dedupe_key", length = 200)
    private String dedupeKey;

    @Column(name = "sent_by", nullable = false, length = 80)
    private String sentBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SentNotification() {
    }

    SentNotification(Notification notification, String sentBy, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.topic = notification.topic();
        this.messageKey = notification.messageKey();
        this.args = MessageArgs.encode(notification.args());
        this.link = notification.link();
        this.dedupeKey = notification.dedupeKey();
        this.sentBy = sentBy;
        this.createdAt = now;
    }

    String id() {
        return id;
    }

    String topic() {
        return topic;
    }

    String messageKey() {
        return messageKey;
    }

    String args() {
        return args;
    }

    String link() {
        return link;
    }

    Instant createdAt() {
        return createdAt;
    }
}
