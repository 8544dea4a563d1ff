package org.salwhub.registry.api.kernel;

import jakarta.ejb.ApplicationException;

/** The caller may not see or change this record. Answered with 403. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
