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

    /**
     * {@code found} itself, or, when it is {@code null} (nothing was found), a NotFoundException naming
     * {@code entityType} and {@code id}.
     */
    public static <T> T requireFound(T found, String entityType, Object id) {
        if (found == null) {
            throw new NotFoundException(entityType, String.valueOf(id));
        }
        return found;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }
}
