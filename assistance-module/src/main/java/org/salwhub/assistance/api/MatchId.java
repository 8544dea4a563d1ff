package org.salwhub.assistance.api;

import java.util.Objects;
import java.util.UUID;

/** Identifies a match between a need and an offer across modules. */
public record MatchId(UUID value) {
    public MatchId {
        Objects.requireNonNull(value, "value");
    }

    public static MatchId of(String value) {
        return new MatchId(UUID.fromString(value));
    }

    public static MatchId random() {
        return new MatchId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
