package org.salwhub.assistance.api.fellowship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.salwhub.registry.api.directory.PersonId;

/**
 * A nomination with its application. {@code eligible} is the outcome of the screening, or of the staff override
 * when {@code overridden}; {@code ineligibility} lists the rules the application fails (message keys).
 */
public record NominationView(NominationId id, CallId callId, UUID stateId, PersonId personId, String nomineeName,
                             String latinName, NominationApplication application, String noteVerbaleName,
                             long noteVerbaleSize, boolean eligible, List<String> ineligibility, boolean overridden,
                             String overrideReason, NominationStatus status, String decisionReason,
                             Integer waitlistRank, LocalDate offerDeadline, boolean onlineCompleted,
                             String nominatedBy, Instant nominatedAt, long version) {
    public NominationView {
        ineligibility = ineligibility == null ? List.of() : List.copyOf(ineligibility);
    }
}
