package org.salwhub.meetings.api;

import java.util.Objects;
import java.util.UUID;

/** Identifies a Registration of the meetings module. */
public record RegistrationId(UUID value) {
    public RegistrationId {
        Objects.requireNonNull(value, "value");
    }

    public static RegistrationId of(String value) {
        return new RegistrationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
