package org.salwhub.registry.api;

import java.util.Objects;
import java.util.UUID;

/** Identifies an international or regional instrument on small arms across modules. */
public record InstrumentId(UUID value) {
    public InstrumentId {
        Objects.requireNonNull(value, "value");
    }

    public static InstrumentId of(String value) {
        return new InstrumentId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
