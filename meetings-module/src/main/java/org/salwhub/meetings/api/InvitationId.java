package org.salwhub.meetings.api;

import java.util.Objects;
import java.util.UUID;

/** Identifies a Invitation of the meetings module. */
public record InvitationId(UUID value) {
    public InvitationId {
        Objects.requireNonNull(value, "value");
    }

    public static InvitationId of(String value) {
        return new InvitationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
