package org.salwhub.web.audit;

import java.time.Instant;
import java.util.List;

/** A change as shown to staff and used to explain version conflicts. */
public record AuditRecord(String id, Instant occurredAt, String actor, AuditAction action,
                          String entityType, String entityId, Long entityVersion,
                          List<ChangeSet.FieldChange> changes) {

    public AuditRecord {
        changes = List.copyOf(changes);
    }
}
