package org.salwhub.fellowship.api;

/**
 * The life of a call: drafted by staff, open for nominations, closed, in review, in selection, its cohort
 * running, completed. Each step leads only to the next one.
 */
public enum CallStatus {
    DRAFT, OPEN, CLOSED, IN_REVIEW, SELECTION, COHORT_RUNNING, COMPLETED;

    /** The one status this one may move to; null for {@link #COMPLETED}. */
    public CallStatus next() {
        return this == COMPLETED ? null : values()[ordinal() + 1];
    }

    public boolean canMoveTo(CallStatus target) {
        return target != null && target == next();
    }
}
