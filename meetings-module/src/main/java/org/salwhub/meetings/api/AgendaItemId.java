package org.salwhub.meetings.api;

import java.util.Objects;
import java.util.UUID;

/** Identifies a AgendaItem of the meetings module. */
public record AgendaItemId(UUID value) {
    public AgendaItemId {
        Objects.requireNonNull(value, "value");
    }

    public static AgendaItemId of(String value) {
        return new AgendaItemId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
