package org.salwhub.meetings.api;

import java.time.Instant;

/** Meetings overlapping [{@code from}, {@code to}) (either may be null), optionally of one type or status. */
public record MeetingQuery(Instant from, Instant to, MeetingType type, MeetingStatus status) {
    public static MeetingQuery all() {
        return new MeetingQuery(null, null, null, null);
    }
}
