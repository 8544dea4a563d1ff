package org.salwhub.meetings.api;

import java.time.Instant;
import java.util.UUID;

/** An invitation and its response. */
public record InvitationView(InvitationId id, MeetingId meeting, InviteeKind kind, UUID invitee,
                             InvitationResponse response, String note, Instant sentAt, Instant respondedAt,
                             long version) {
}
