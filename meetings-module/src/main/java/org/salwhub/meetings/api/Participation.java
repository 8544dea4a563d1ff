package org.salwhub.meetings.api;

/** A meeting a registry person registered for, and where that registration stands: for the person's profile. */
public record Participation(MeetingView meeting, RegistrationStatus status, DelegationRole role) {
}
