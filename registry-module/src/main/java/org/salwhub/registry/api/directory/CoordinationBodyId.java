package org.salwhub.registry.api.directory;

import java.util.Objects;
import java.util.UUID;

/** Identifies a CoordinationBody across modules. */
public record CoordinationBodyId(UUID value) {
    public CoordinationBodyId {
        Objects.requireNonNull(value, "value");
    }

    public static CoordinationBodyId of(String value) {
        return new CoordinationBodyId(UUID.fromString(value));
    }

    public static CoordinationBodyId random() {
        return new CoordinationBodyId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
