package org.salwhub.meetings.api;

import java.util.UUID;

/**
 * A conflict between two meetings: the same person registered in both while they overlap (person set), the same
 * venue booked for overlapping times, or two meetings of a series closer together than {@code minimumDays}.
 */
public record ConflictView(ConflictKind kind, MeetingId meeting, MeetingId other, UUID person, String detail,
                           long days) {
}
