package org.salwhub.registry.api.reporting;

import java.util.Objects;
import java.util.UUID;

/** Identifies a ReportingCycle across modules. */
public record ReportingCycleId(UUID value) {
    public ReportingCycleId {
        Objects.requireNonNull(value, "value");
    }

    public static ReportingCycleId of(String value) {
        return new ReportingCycleId(UUID.fromString(value));
    }

    public static ReportingCycleId random() {
        return new ReportingCycleId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
