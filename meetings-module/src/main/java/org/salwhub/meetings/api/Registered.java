package org.salwhub.meetings.api;

import java.util.List;

/** The result of a registration: the registration, and the conflicts it raises (warnings, not refusals). */
public record Registered(RegistrationView registration, List<ConflictView> conflicts) {
    public Registered {
        conflicts = List.copyOf(conflicts);
    }
}
