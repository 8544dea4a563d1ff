package org.salwhub.assistance.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A match with both parties' identities and each step's author and time; warnings about quantity already covered or
 * asked for by other pending matches; {@code may} says what the caller may do with it.
 */
public record MatchView(MatchId id, NeedId needId, String needTitle, UUID stateId, OfferId offerId,
                        String offerTitle, UUID organisationId, MatchStatus status, Double score,
                        List<MatchLine> lines, BigDecimal fundingAmount, String currency, String note,
                        String proposedBy, Instant proposedAt, String recipientBy, Instant recipientAt,
                        String donorBy, Instant donorAt, String confirmedBy, Instant confirmedAt, String closedBy,
                        Instant closedAt, String closeReason, long version, List<Warning> warnings,
                        MatchPermissions may) {

    public MatchView {
        may = may == null ? MatchPermissions.NONE : may;
    }

    /** A match seen by no one in particular: it allows nothing. */
    public MatchView(MatchId id, NeedId needId, String needTitle, UUID stateId, OfferId offerId,
                     String offerTitle, UUID organisationId, MatchStatus status, Double score,
                     List<MatchLine> lines, BigDecimal fundingAmount, String currency, String note,
                     String proposedBy, Instant proposedAt, String recipientBy, Instant recipientAt,
                     String donorBy, Instant donorAt, String confirmedBy, Instant confirmedAt, String closedBy,
                     Instant closedAt, String closeReason, long version, List<Warning> warnings) {
        this(id, needId, needTitle, stateId, offerId, offerTitle, organisationId, status, score, lines, fundingAmount,
                currency, note, proposedBy, proposedAt, recipientBy, recipientAt, donorBy, donorAt, confirmedBy,
                confirmedAt, closedBy, closedAt, closeReason, version, warnings, MatchPermissions.NONE);
    }

    /** The same match, with these warnings. */
    public MatchView withWarnings(List<Warning> found) {
        return new MatchView(id, needId, needTitle, stateId, offerId, offerTitle, organisationId, status, score, lines,
                fundingAmount, currency, note, proposedBy, proposedAt, recipientBy, recipientAt, donorBy, donorAt,
                confirmedBy, confirmedAt, closedBy, closedAt, closeReason, version, found, may);
    }

    /** The same match, with what its reader may do. */
    public MatchView withPermissions(MatchPermissions permissions) {
        return new MatchView(id, needId, needTitle, stateId, offerId, offerTitle, organisationId, status, score, lines,
                fundingAmount, currency, note, proposedBy, proposedAt, recipientBy, recipientAt, donorBy, donorAt,
                confirmedBy, confirmedAt, closedBy, closedAt, closeReason, version, warnings, permissions);
    }
}
