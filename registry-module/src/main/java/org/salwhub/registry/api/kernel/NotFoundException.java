package org.salwhub.registry.api.kernel;

import jakarta.ejb.ApplicationException;

/** The record does not exist (or no longer does). Answered with 404. */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {
    private final String entityType;
    private final String entityId;

    public NotFoundException(String entityType, String entityId) {
        super(entityType + " " + entityId + " not found");
        this.entityType = entityType;
        this.entityId = entityId;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }
}
