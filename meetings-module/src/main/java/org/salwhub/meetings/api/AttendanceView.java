package org.salwhub.meetings.api;

import java.time.Instant;

/** A participant checked in to a session by staff. */
public record AttendanceView(SessionId session, RegistrationId registration, Instant checkedInAt, String checkedInBy) {
}
