package org.salwhub.meetings.api;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A meeting as the facade returns it: what was entered, its status (with the reason of a postponement or
 * cancellation), the instants of its start and end, and the iCalendar sequence (raised on every change).
 */
public record MeetingView(MeetingId id, MeetingDetails details, MeetingStatus status, String statusReason,
                          Instant startsAt, Instant endsAt, int sequence, Instant updatedAt, long version) {

    public ZoneId zone() {
        return ZoneId.of(details.zone());
    }

    /** The start as a viewer in {@code viewer} sees it. */
    public ZonedDateTime startIn(ZoneId viewer) {
        return startsAt.atZone(viewer);
    }

    public ZonedDateTime endIn(ZoneId viewer) {
        return endsAt.atZone(viewer);
    }

    /** Whether the warning about a missing cooperation-and-assistance item applies to this meeting's type. */
    public boolean isPoa() {
        return details.type().isPoa();
    }
}
