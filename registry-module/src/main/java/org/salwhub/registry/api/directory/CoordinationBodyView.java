package org.salwhub.registry.api.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A State's national coordination body and the balance of women and men in it. */
public record CoordinationBodyView(CoordinationBodyId id, UUID stateId, BodyType type, String name, String legalBasis,
                                   LocalDate establishedOn, List<UUID> memberAgencies, int membersWomen,
                                   int membersMen, int leadersWomen, int leadersMen, long version) {
    public CoordinationBodyView {
        memberAgencies = memberAgencies == null ? List.of() : List.copyOf(memberAgencies);
    }
}
