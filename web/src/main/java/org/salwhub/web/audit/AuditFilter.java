package org.salwhub.web.audit;

import java.time.Instant;

/** Criteria for browsing the audit trail; null fields do not filter. */
public record AuditFilter(String actor, String entityType, String entityId, AuditAction action,
                          Instant from, Instant to) {
    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
