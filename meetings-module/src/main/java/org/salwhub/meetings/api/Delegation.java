package org.salwhub.meetings.api;

import java.util.List;
import java.util.UUID;

/** A State's delegation to a meeting: its registrations and the credentials or note verbale uploaded. */
public record Delegation(MeetingId meeting, UUID state, List<RegistrationView> registrations,
                         List<FileInfo> credentials) {
    public Delegation {
        registrations = List.copyOf(registrations);
        credentials = List.copyOf(credentials);
    }
}
