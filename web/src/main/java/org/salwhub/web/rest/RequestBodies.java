package org.salwhub.web.rest;

import org.salwhub.registry.api.kernel.ValidationException;

/** What every write resource asks of a request: a body, and the version the client last read (for lost updates). */
public final class RequestBodies {

    private RequestBodies() {
    }

    /** The body, or a 400 naming {@code body} as required. */
    public static <T> T required(T body) {
        if (body == null) {
            throw new ValidationException("body", "required");
        }
        return body;
    }

    /** The version the client read, or a 400 naming {@code version} as required. */
    public static long version(Long version) {
        if (version == null) {
            throw new ValidationException("version", "required");
        }
        return version;
    }
}
