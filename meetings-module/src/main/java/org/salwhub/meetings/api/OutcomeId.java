package org.salwhub.meetings.api;

import java.util.Objects;
import java.util.UUID;

/** Identifies a Outcome of the meetings module. */
public record OutcomeId(UUID value) {
    public OutcomeId {
        Objects.requireNonNull(value, "value");
    }

    public static OutcomeId of(String value) {
        return new OutcomeId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
