package org.salwhub.registry.api.directory;

import java.util.Objects;
import java.util.UUID;

/** Identifies a Person across modules. */
public record PersonId(UUID value) {
    public PersonId {
        Objects.requireNonNull(value, "value");
    }

    public static PersonId of(String value) {
        return new PersonId(UUID.fromString(value));
    }

    public static PersonId random() {
        return new PersonId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
