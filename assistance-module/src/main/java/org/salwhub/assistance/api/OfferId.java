package org.salwhub.assistance.api;

import java.util.Objects;
import java.util.UUID;

/** Identifies a donor offer across modules. */
public record OfferId(UUID value) {
    public OfferId {
        Objects.requireNonNull(value, "value");
    }

    public static OfferId of(String value) {
        return new OfferId(UUID.fromString(value));
    }

    public static OfferId random() {
        return new OfferId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
