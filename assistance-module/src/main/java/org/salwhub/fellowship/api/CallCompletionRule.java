package org.salwhub.fellowship.api;

/**
 * Who earns a certificate: a fellow who completed the online phase (when required) and attended at least
 * {@code minAttendancePercent} of the in-person sessions.
 */
public record CallCompletionRule(boolean onlinePhaseRequired, int minAttendancePercent) {

    public static CallCompletionRule standard() {
        return new CallCompletionRule(true, 80);
    }

    /**
     * Whether a fellow with this record completed the programme. A call with an in-person phase is not completed
     * before any of its sessions was held.
     */
    public boolean completed(boolean onlineCompleted, int attended, int sessions, boolean inPersonPhase) {
        if (onlinePhaseRequired && !onlineCompleted) {
            return false;
        }
        if (sessions == 0) {
            return !inPersonPhase;
        }
        return attended * 100 >= minAttendancePercent * sessions;
    }
}
