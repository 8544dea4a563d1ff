package org.salwhub.registry.api;

import java.util.Objects;
import java.util.UUID;

/** Identifies a State across modules. */
public record StateId(UUID value) {
    public StateId {
        Objects.requireNonNull(value, "value");
    }

    public static StateId of(String value) {
        return new StateId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
