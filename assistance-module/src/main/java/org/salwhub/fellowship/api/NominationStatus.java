package org.salwhub.fellowship.api;

/**
 * Where a nomination stands: nominated; selected (an offer is out), waitlisted or rejected by staff; then
 * accepted, declined or lapsed (the acceptance deadline passed) by the fellow; or withdrawn by the State.
 */
public enum NominationStatus {
    NOMINATED, SELECTED, WAITLISTED, REJECTED, ACCEPTED, DECLINED, LAPSED, WITHDRAWN;

    /** Selected and not (yet) declined: counted in the cohort. */
    public boolean inCohort() {
        return this == SELECTED || this == ACCEPTED;
    }
}
