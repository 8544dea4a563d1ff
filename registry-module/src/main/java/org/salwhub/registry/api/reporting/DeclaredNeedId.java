package org.salwhub.registry.api.reporting;

import java.util.Objects;
import java.util.UUID;

/** Identifies a DeclaredNeed across modules. */
public record DeclaredNeedId(UUID value) {
    public DeclaredNeedId {
        Objects.requireNonNull(value, "value");
    }

    public static DeclaredNeedId of(String value) {
        return new DeclaredNeedId(UUID.fromString(value));
    }

    public static DeclaredNeedId random() {
        return new DeclaredNeedId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
