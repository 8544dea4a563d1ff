package org.salwhub.meetings.api;

import java.time.Instant;
import java.util.List;

/** A session with its agenda items, in order. */
public record SessionView(SessionId id, MeetingId meeting, SessionDetails details, Instant startsAt, Instant endsAt,
                          List<AgendaItemView> items, long version) {
    public SessionView {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
