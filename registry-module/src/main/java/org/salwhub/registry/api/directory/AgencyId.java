package org.salwhub.registry.api.directory;

import java.util.Objects;
import java.util.UUID;

/** Identifies a Agency across modules. */
public record AgencyId(UUID value) {
    public AgencyId {
        Objects.requireNonNull(value, "value");
    }

    public static AgencyId of(String value) {
        return new AgencyId(UUID.fromString(value));
    }

    public static AgencyId random() {
        return new AgencyId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
