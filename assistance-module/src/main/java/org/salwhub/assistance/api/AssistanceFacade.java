package org.salwhub.assistance.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.salwhub.registry.api.directory.Page;

/**
 * Assistance needs, offers and their matches. Every read is filtered and every change checked against the caller
 * here: a focal point files and follows the needs of their own State (staff on any State's behalf); donors publish
 * offers for their own organisation; staff validate, publish and confirm. Donors see published needs except those
 * restricted from them (restricted: staff and donors already matched only), and never another donor's drafts.
 */
public interface AssistanceFacade {

    /**
     * What the caller files new needs and offers for: the State and organisation a new one is for unless the caller
     * chooses, and whether they choose the offering organisation. Asked by the forms; filing itself is checked by
     * {@link #createNeed} and {@link #createOffer}.
     */
    FilingPermissions filing();

    // ---------------------------------------------------------------- needs

    Page<NeedView> needs(NeedQuery query);

    /** @throws org.salwhub.registry.api.kernel.NotFoundException also when the caller may not see it */
    NeedView need(NeedId id);

    /** A new draft need for a State: its focal point, or staff on its behalf. Warnings name possible duplicates. */
    NeedView createNeed(NeedDraft draft);

    /**
     * Staff turn a need declared in a national report into a draft need of its State: title, description, the
     * thematic area when it names one of the vocabulary's, and the report's link as the source; the registry records
     * the draft against the declared need, so it is no longer open.
     */
    NeedView draftFromDeclaredNeed(org.salwhub.registry.api.reporting.DeclaredNeedId declaredNeed);

    /** Changes a draft or returned need (staff also while submitted or validated). */
    NeedView updateNeed(NeedId id, NeedDraft draft, long expectedVersion);

    /** Draft or returned → submitted, after the completeness checks. */
    NeedView submitNeed(NeedId id, long expectedVersion);

    /** Submitted → returned with a comment (staff). */
    NeedView returnNeed(NeedId id, String comment, long expectedVersion);

    /** Submitted → validated (staff). */
    NeedView validateNeed(NeedId id, long expectedVersion);

    /** Validated → published (staff): the network and donors see it, confidentiality permitting. */
    NeedView publishNeed(NeedId id, long expectedVersion);

    /** Matched (or partially) → in project (staff). */
    NeedView startProject(NeedId id, long expectedVersion);

    /** In project → fulfilled (staff). */
    NeedView fulfilNeed(NeedId id, long expectedVersion);

    /** Any status before a project → withdrawn, by the State or staff; pending matches are cancelled. */
    NeedView withdrawNeed(NeedId id, String reason, long expectedVersion);

    /**
     * Published needs whose desired period ended before {@code today} without a confirmed match, and offers past
     * their validity, become expired. The system caller only (the nightly timer). Returns how many.
     */
    int expireOverdue(LocalDate today);

    // ---------------------------------------------------------------- offers

    Page<OfferView> offers(OfferQuery query);

    OfferView offer(OfferId id);

    OfferView createOffer(OfferDraft draft);

    /** Changes a draft offer (or the non-capacity fields of a published one). */
    OfferView updateOffer(OfferId id, OfferDraft draft, long expectedVersion);

    OfferView publishOffer(OfferId id, long expectedVersion);

    OfferView withdrawOffer(OfferId id, String reason, long expectedVersion);

    // ---------------------------------------------------------------- matching

    /** The published offers for a need, best first, with their explanation; hard constraints filter. */
    List<CandidateView> candidatesForNeed(NeedId id, int limit);

    /** The open needs the caller may see for an offer, best first. */
    List<CandidateView> candidatesForOffer(OfferId id, int limit);

    /** Staff, or the donor owning the offer. Warnings flag quantity already covered. */
    MatchView proposeMatch(MatchProposal proposal);

    List<MatchView> matches(Optional<NeedId> need, Optional<OfferId> offer, Optional<MatchStatus> status);

    MatchView match(MatchId id);

    /** The recipient State's focal point (or staff) accepts: proposed → recipient accepted. */
    MatchView acceptAsRecipient(MatchId id, long expectedVersion);

    /** The donor (or staff) accepts: recipient accepted → donor accepted. */
    MatchView acceptAsDonor(MatchId id, long expectedVersion);

    /**
     * Staff confirm: commits the offer's capacity and covers the need's quantity, updating both lifecycles in the
     * same transaction. Refused when the offer's remaining capacity or budget, or the need's remaining quantity,
     * no longer suffice (concurrent confirmations are serialised on the offer).
     */
    MatchView confirmMatch(MatchId id, long expectedVersion);

    /** Either party declines, or staff or the proposer cancel, a pending match. */
    MatchView declineMatch(MatchId id, String reason, long expectedVersion);

    // ---------------------------------------------------------------- gap dashboard

    /** Requested vs offered vs committed by thematic area (staff and network members; restricted needs for staff). */
    List<GapRow> gapByTheme();

    List<GapRow> gapByState();

    /** Published needs without any confirmed match, by months since publication. */
    List<AgeBucket> unmatchedByAge();
}
