package org.salwhub.assistance.api;

import java.util.Objects;
import java.util.UUID;

/** Identifies an assistance need across modules. */
public record NeedId(UUID value) {
    public NeedId {
        Objects.requireNonNull(value, "value");
    }

    public static NeedId of(String value) {
        return new NeedId(UUID.fromString(value));
    }

    public static NeedId random() {
        return new NeedId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
