package org.salwhub.assistance.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A match with both parties' identities and each step's author and time; warnings about duplicate funding. */
public record MatchView(MatchId id, NeedId needId, String needTitle, UUID stateId, OfferId offerId,
                        String offerTitle, UUID organisationId, MatchStatus status, Double score,
                        List<MatchLine> lines, BigDecimal fundingAmount, String currency, String note,
                        String proposedBy, Instant proposedAt, String recipientBy, Instant recipientAt,
                        String donorBy, Instant donorAt, String confirmedBy, Instant confirmedAt, String closedBy,
                        Instant closedAt, String closeReason, long version, List<Warning> warnings) {
}
