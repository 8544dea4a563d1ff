package org.salwhub.registry.api.kernel;

import jakarta.ejb.ApplicationException;

/**
 * Someone saved the record after the caller loaded it. The caller's input is
 * kept by the user interface; the web layer explains who changed what, from
 * the audit trail. Answered with 409.
 */
@ApplicationException(rollback = true)
public class VersionConflictException extends RuntimeException {
    private final String entityType;
    private final String entityId;
    private final long expectedVersion;
    private final long actualVersion;

    public VersionConflictException(String entityType, String entityId, long expectedVersion, long actualVersion) {
        super(entityType + " " + entityId + " was changed by someone else (version " + expectedVersion
                + " expected, " + actualVersion + " found)");
        this.entityType = entityType;
        this.entityId = entityId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /** Throws when {@code expected} is not the record's current version. */
    public static void check(String entityType, String entityId, long expected, long actual) {
        if (expected != actual) {
            throw new VersionConflictException(entityType, entityId, expected, actual);
        }
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long actualVersion() {
        return actualVersion;
    }
}
