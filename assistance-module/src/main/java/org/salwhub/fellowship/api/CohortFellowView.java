package org.salwhub.fellowship.api;

import java.util.Set;
import java.util.UUID;

/**
 * A fellow of a running or completed cohort: online phase done, the sessions attended, and whether the call's
 * completion rule gives them a certificate.
 */
public record CohortFellowView(NominationView fellow, Set<UUID> sessionsAttended, int sessions, boolean completed) {
    public CohortFellowView {
        sessionsAttended = Set.copyOf(sessionsAttended);
    }
}
