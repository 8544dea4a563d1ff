package org.salwhub.meetings.api;

import java.util.Objects;
import java.util.UUID;

/** Identifies a FollowUp of the meetings module. */
public record FollowUpId(UUID value) {
    public FollowUpId {
        Objects.requireNonNull(value, "value");
    }

    public static FollowUpId of(String value) {
        return new FollowUpId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
