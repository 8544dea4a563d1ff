package org.salwhub.assistance.api.project;

import java.util.Objects;
import java.util.UUID;

/** Identifies an assistance project across modules. */
public record ProjectId(UUID value) {
    public ProjectId {
        Objects.requireNonNull(value, "value");
    }

    public static ProjectId of(String value) {
        return new ProjectId(UUID.fromString(value));
    }

    public static ProjectId random() {
        return new ProjectId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
