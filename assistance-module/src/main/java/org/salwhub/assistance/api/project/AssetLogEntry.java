package org.salwhub.assistance.api.project;

import java.time.LocalDate;

/** A maintenance log entry of an asset. */
public record AssetLogEntry(LocalDate date, String note, String recordedBy) {
}
