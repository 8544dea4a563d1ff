package org.salwhub.meetings.api;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A meeting as the facade returns it: what was entered, its status (with the reason of a postponement or
 * cancellation), the instants of its start and end, the iCalendar sequence (raised on every change), and what the
 * reader may do with it ({@code may}).
 */
public record MeetingView(MeetingId id, MeetingDetails details, MeetingStatus status, String statusReason,
                          Instant startsAt, Instant endsAt, int sequence, Instant updatedAt, long version,
                          MeetingPermissions may) {

    public MeetingView {
        may = may == null ? MeetingPermissions.NONE : may;
    }

    /** A meeting seen by no one in particular: it allows nothing. */
    public MeetingView(MeetingId id, MeetingDetails details, MeetingStatus status, String statusReason,
                       Instant startsAt, Instant endsAt, int sequence, Instant updatedAt, long version) {
        this(id, details, status, statusReason, startsAt, endsAt, sequence, updatedAt, version,
                MeetingPermissions.NONE);
    }

    /** The same meeting, with what its reader may do. */
    public MeetingView withPermissions(MeetingPermissions permissions) {
        return new MeetingView(id, details, status, statusReason, startsAt, endsAt, sequence, updatedAt, version,
                permissions);
    }

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
