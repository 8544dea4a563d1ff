package org.salwhub.fellowship.api;

import java.util.Objects;
import java.util.UUID;

/** Identifies a State's nomination of a candidate to a fellowship call (with the application) across modules. */
public record NominationId(UUID value) {
    public NominationId {
        Objects.requireNonNull(value, "value");
    }

    public static NominationId of(String value) {
        return new NominationId(UUID.fromString(value));
    }

    public static NominationId random() {
        return new NominationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
