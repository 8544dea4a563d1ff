package org.salwhub.registry.api.reporting;

import java.util.Objects;
import java.util.UUID;

/** Identifies a NationalReport across modules. */
public record NationalReportId(UUID value) {
    public NationalReportId {
        Objects.requireNonNull(value, "value");
    }

    public static NationalReportId of(String value) {
        return new NationalReportId(UUID.fromString(value));
    }

    public static NationalReportId random() {
        return new NationalReportId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
