package org.salwhub.web.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.salwhub.registry.api.kernel.NotAudited;

/** A notification in one account's inbox; read or not. */
@Entity
@NotAudited
@Table(name = "web_inbox_item")
@NamedQuery(name = "InboxItem.ofUser", query = "SELECT i FROM InboxItem i JOIN FETCH i.notification"
        + " WHERE i.username = :user AND (:unreadOnly = FALSE OR i.readAt IS NULL) ORDER BY i.createdAt DESC, i.id")
@NamedQuery(name = "InboxItem.unreadCount",
        query = "SELECT COUNT(i) FROM InboxItem i WHERE i.username = :user AND i.readAt IS NULL")
@NamedQuery(name = "InboxItem.countOfUser", query = "SELECT COUNT(i) FROM InboxItem i WHERE i.username = :user")
@NamedQuery(name = "InboxItem.unreadOfUser",
        query = "SELECT i FROM InboxItem i WHERE i.username = :user AND i.readAt IS NULL")
public class InboxItem {

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "notification_id")
    private SentNotification notification;

    @Column(nullable = false, length = 80)
    private String username;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Version
    private long version;

    protected InboxItem() {
    }

    InboxItem(SentNotification notification, String username, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.notification = notification;
        this.username = username;
        this.createdAt = now;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    boolean belongsTo(String user) {
        return username.equals(user);
    }

    String id() {
        return id;
    }

    SentNotification notification() {
        return notification;
    }

    Instant readAt() {
        return readAt;
    }

    Instant createdAt() {
        return createdAt;
    }
}
