package org.salwhub.meetings.api;

import java.util.Objects;
import java.util.UUID;

/** Identifies a Document of the meetings module. */
public record DocumentId(UUID value) {
    public DocumentId {
        Objects.requireNonNull(value, "value");
    }

    public static DocumentId of(String value) {
        return new DocumentId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
