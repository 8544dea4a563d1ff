package org.salwhub.registry.api.reporting;

import java.time.LocalDate;

/**
 * What a focal point or the regional centre records about a report: whether it was submitted, when (required
 * when submitted, not in the future), an http(s) link and/or a reference to an attached file.
 */
public record ReportEntry(boolean submitted, LocalDate submittedOn, String link, String documentReference) {
}
