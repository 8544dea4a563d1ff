package org.salwhub.meetings.api;

import java.time.LocalDateTime;

/** A session of a meeting: wall-clock times in the meeting's zone, and a room when it differs from the meeting's. */
public record SessionDetails(String title, LocalDateTime start, LocalDateTime end, String room) {
}
