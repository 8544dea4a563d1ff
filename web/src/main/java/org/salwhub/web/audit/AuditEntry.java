package org.salwhub.web.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded change. Append-only: written by {@link AuditDescriptorListener}, never edited. */
@Entity
@Table(name = "web_audit_entry")
@NamedQuery(name = "AuditEntry.newerThan", query = "SELECT a FROM AuditEntry a WHERE a.entityType = :type"
        + " AND a.entityId = :id AND (a.entityVersion IS NULL OR a.entityVersion > :version) ORDER BY a.occurredAt")
@NamedQuery(name = "AuditEntry.ofEntity", query = "SELECT a FROM AuditEntry a WHERE a.entityType = :type"
        + " AND a.entityId = :id ORDER BY a.occurredAt DESC")
public class AuditEntry {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 80)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AuditAction action;

    @Column(name = "entity_type", nullable = false, length = 80)
    private String entityType;

    @Column(name = "entity_id", nullable = false, length = 80)
    private String entityId;

    @Column(name = "entity_version")
    private Long entityVersion;

    @Lob
    @Column(name = "changes")
    private String changes;

    protected AuditEntry() {
    }

    public AuditRecord record() {
        return new AuditRecord(id, occurredAt, actor, action, entityType, entityId, entityVersion,
                ChangeSet.parse(changes));
    }
}
