package org.salwhub.registry.api.reporting;

import java.util.UUID;

/**
 * CDI event fired after a national report or a declared need changed. The assistance module can follow new
 * needs with it, and notifications (reminders before a deadline) its reports.
 */
public record ReportingChanged(Kind kind, UUID id, UUID stateId, UUID cycleId, Change change) {
    public enum Kind { REPORT, DECLARED_NEED }

    public enum Change { CREATED, UPDATED, REMOVED, LINKED }
}
