package org.salwhub.fellowship.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.salwhub.registry.api.directory.PersonId;

/**
 * A nomination with its application. {@code eligible} is the outcome of the screening, or of the staff override
 * when {@code overridden}; {@code ineligibility} lists the rules the application fails (message keys); {@code may}
 * says what the reader may do with it.
 */
public record NominationView(NominationId id, CallId callId, UUID stateId, PersonId personId, String nomineeName,
                             String latinName, NominationApplication application, String noteVerbaleName,
                             long noteVerbaleSize, boolean eligible, List<String> ineligibility, boolean overridden,
                             String overrideReason, NominationStatus status, String decisionReason,
                             Integer waitlistRank, LocalDate offerDeadline, boolean onlineCompleted,
                             String nominatedBy, Instant nominatedAt, long version, NominationPermissions may) {
    public NominationView {
        ineligibility = ineligibility == null ? List.of() : List.copyOf(ineligibility);
        may = may == null ? NominationPermissions.NONE : may;
    }

    /** A nomination seen by no one in particular: it allows nothing. */
    public NominationView(NominationId id, CallId callId, UUID stateId, PersonId personId, String nomineeName,
                          String latinName, NominationApplication application, String noteVerbaleName,
                          long noteVerbaleSize, boolean eligible, List<String> ineligibility, boolean overridden,
                          String overrideReason, NominationStatus status, String decisionReason,
                          Integer waitlistRank, LocalDate offerDeadline, boolean onlineCompleted,
                          String nominatedBy, Instant nominatedAt, long version) {
        this(id, callId, stateId, personId, nomineeName, latinName, application, noteVerbaleName, noteVerbaleSize,
                eligible, ineligibility, overridden, overrideReason, status, decisionReason, waitlistRank,
                offerDeadline, onlineCompleted, nominatedBy, nominatedAt, version, NominationPermissions.NONE);
    }

    /** The same nomination, with what its reader may do. */
    public NominationView withPermissions(NominationPermissions permissions) {
        return new NominationView(id, callId, stateId, personId, nomineeName, latinName, application,
                noteVerbaleName, noteVerbaleSize, eligible, ineligibility, overridden, overrideReason, status,
                decisionReason, waitlistRank, offerDeadline, onlineCompleted, nominatedBy, nominatedAt, version,
                permissions);
    }

    /**
     * What the nominee sees of their nomination: not the staff's notes (override and decision reasons) nor who
     * nominated.
     */
    public NominationView asNomineeSees() {
        return new NominationView(id, callId, stateId, personId, nomineeName, latinName, application,
                noteVerbaleName, noteVerbaleSize, eligible, ineligibility, overridden, null, status, null,
                waitlistRank, offerDeadline, onlineCompleted, null, nominatedAt, version, may);
    }
}
