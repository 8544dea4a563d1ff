package org.salwhub.meetings.api;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a meeting: draft → announced → registration open → registration closed → in session → concluded →
 * outcome published. A meeting not yet concluded may be postponed (and announced again later) or cancelled; both
 * keep their reason.
 */
public enum MeetingStatus {
    DRAFT, ANNOUNCED, REGISTRATION_OPEN, REGISTRATION_CLOSED, IN_SESSION, CONCLUDED, OUTCOME_PUBLISHED,
    POSTPONED, CANCELLED;

    /** The statuses this one may move to. */
    public Set<MeetingStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(ANNOUNCED, CANCELLED);
            case ANNOUNCED -> EnumSet.of(REGISTRATION_OPEN, POSTPONED, CANCELLED);
            case REGISTRATION_OPEN -> EnumSet.of(REGISTRATION_CLOSED, POSTPONED, CANCELLED);
            case REGISTRATION_CLOSED -> EnumSet.of(IN_SESSION, REGISTRATION_OPEN, POSTPONED, CANCELLED);
            case IN_SESSION -> EnumSet.of(CONCLUDED, POSTPONED);
            case CONCLUDED -> EnumSet.of(OUTCOME_PUBLISHED);
            case POSTPONED -> EnumSet.of(ANNOUNCED, CANCELLED);
            case OUTCOME_PUBLISHED, CANCELLED -> EnumSet.noneOf(MeetingStatus.class);
        };
    }

    public boolean mayMoveTo(MeetingStatus target) {
        return next().contains(target);
    }

    /** Postponing and cancelling must say why. */
    public boolean needsReason() {
        return this == POSTPONED || this == CANCELLED;
    }

    /** Shown to the network (a draft is seen by staff only). */
    public boolean isPublished() {
        return this != DRAFT;
    }
}
