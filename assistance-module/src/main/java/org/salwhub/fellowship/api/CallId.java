package org.salwhub.fellowship.api;

import java.util.Objects;
import java.util.UUID;

/** Identifies a fellowship call (one cycle of the programme) across modules. */
public record CallId(UUID value) {
    public CallId {
        Objects.requireNonNull(value, "value");
    }

    public static CallId of(String value) {
        return new CallId(UUID.fromString(value));
    }

    public static CallId random() {
        return new CallId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
