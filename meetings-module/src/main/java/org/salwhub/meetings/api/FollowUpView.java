package org.salwhub.meetings.api;

import java.time.LocalDate;

/** A follow-up action with its status, and the meeting it came from. */
public record FollowUpView(FollowUpId id, OutcomeId outcome, MeetingId meeting, FollowUpDetails details,
                           FollowUpStatus status, LocalDate overdueSince, long version) {
    public boolean isOverdue() {
        return overdueSince != null;
    }
}
