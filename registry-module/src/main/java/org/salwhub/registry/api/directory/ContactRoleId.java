package org.salwhub.registry.api.directory;

import java.util.Objects;
import java.util.UUID;

/** Identifies a ContactRole across modules. */
public record ContactRoleId(UUID value) {
    public ContactRoleId {
        Objects.requireNonNull(value, "value");
    }

    public static ContactRoleId of(String value) {
        return new ContactRoleId(UUID.fromString(value));
    }

    public static ContactRoleId random() {
        return new ContactRoleId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
