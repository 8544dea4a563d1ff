package org.salwhub.assistance.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.salwhub.assistance.api.AgeBucket;
import org.salwhub.assistance.api.AssistanceFacade;
import org.salwhub.assistance.api.CandidateView;
import org.salwhub.assistance.api.FilingPermissions;
import org.salwhub.assistance.api.GapRow;
import org.salwhub.assistance.api.MatchId;
import org.salwhub.assistance.api.MatchProposal;
import org.salwhub.assistance.api.MatchStatus;
import org.salwhub.assistance.api.MatchView;
import org.salwhub.assistance.api.NeedDraft;
import org.salwhub.assistance.api.NeedId;
import org.salwhub.assistance.api.NeedQuery;
import org.salwhub.assistance.api.NeedView;
import org.salwhub.assistance.api.OfferDraft;
import org.salwhub.assistance.api.OfferId;
import org.salwhub.assistance.api.OfferQuery;
import org.salwhub.assistance.api.OfferView;
import org.salwhub.assistance.control.AssistancePolicy;
import org.salwhub.registry.api.directory.Page;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.registry.api.reporting.DeclaredNeedId;

/**
 * The assistance boundary, where its transactions begin: needs, offers and matches. Each use case lives in a class
 * of its own ({@link Needs}, {@link Offers}, {@link Matching}, {@link Matches}, {@link Gaps}, {@link Expiry}),
 * which filters every read by what the caller may see and checks every change against the caller's role and scope,
 * whatever the screen or API in front, and leaves the state changes to the aggregates.
 */
@Stateless
public class AssistanceService implements AssistanceFacade {

    @Inject
    Needs needs;

    @Inject
    Offers offers;

    @Inject
    Matching matching;

    @Inject
    Matches matches;

    @Inject
    Gaps gaps;

    @Inject
    Expiry expiry;

    @Inject
    CallerContext callers;

    @Override
    public FilingPermissions filing() {
        return AssistancePolicy.filing(callers.current());
    }

    // ------------------------------------------------------------------ needs

    @Override
    public Page<NeedView> needs(NeedQuery query) {
        return needs.needs(query);
    }

    @Override
    public NeedView need(NeedId id) {
        return needs.need(id);
    }

    @Override
    public NeedView createNeed(NeedDraft draft) {
        return needs.createNeed(draft);
    }

    @Override
    public NeedView draftFromDeclaredNeed(DeclaredNeedId id) {
        return needs.draftFromDeclaredNeed(id);
    }

    @Override
    public NeedView updateNeed(NeedId id, NeedDraft draft, long expectedVersion) {
        return needs.updateNeed(id, draft, expectedVersion);
    }

    @Override
    public NeedView submitNeed(NeedId id, long expectedVersion) {
        return needs.submitNeed(id, expectedVersion);
    }

    @Override
    public NeedView returnNeed(NeedId id, String comment, long expectedVersion) {
        return needs.returnNeed(id, comment, expectedVersion);
    }

    @Override
    public NeedView validateNeed(NeedId id, long expectedVersion) {
        return needs.validateNeed(id, expectedVersion);
    }

    @Override
    public NeedView publishNeed(NeedId id, long expectedVersion) {
        return needs.publishNeed(id, expectedVersion);
    }

    @Override
    public NeedView startProject(NeedId id, long expectedVersion) {
        return needs.startProject(id, expectedVersion);
    }

    @Override
    public NeedView fulfilNeed(NeedId id, long expectedVersion) {
        return needs.fulfilNeed(id, expectedVersion);
    }

    @Override
    public NeedView withdrawNeed(NeedId id, String reason, long expectedVersion) {
        return needs.withdrawNeed(id, reason, expectedVersion);
    }

    @Override
    public int expireOverdue(LocalDate today) {
        return expiry.expireOverdue(today);
    }

    // ------------------------------------------------------------------ offers

    @Override
    public Page<OfferView> offers(OfferQuery query) {
        return offers.offers(query);
    }

    @Override
    public OfferView offer(OfferId id) {
        return offers.offer(id);
    }

    @Override
    public OfferView createOffer(OfferDraft draft) {
        return offers.createOffer(draft);
    }

    @Override
    public OfferView updateOffer(OfferId id, OfferDraft draft, long expectedVersion) {
        return offers.updateOffer(id, draft, expectedVersion);
    }

    @Override
    public OfferView publishOffer(OfferId id, long expectedVersion) {
        return offers.publishOffer(id, expectedVersion);
    }

    @Override
    public OfferView withdrawOffer(OfferId id, String reason, long expectedVersion) {
        return offers.withdrawOffer(id, reason, expectedVersion);
    }

    // ------------------------------------------------------------------ matching

    @Override
    public List<CandidateView> candidatesForNeed(NeedId id, int limit) {
        return matching.candidatesForNeed(id, limit);
    }

    @Override
    public List<CandidateView> candidatesForOffer(OfferId id, int limit) {
        return matching.candidatesForOffer(id, limit);
    }

    @Override
    public MatchView proposeMatch(MatchProposal proposal) {
        return matches.proposeMatch(proposal);
    }

    @Override
    public List<MatchView> matches(Optional<NeedId> need, Optional<OfferId> offer, Optional<MatchStatus> status) {
        return matches.matches(need, offer, status);
    }

    @Override
    public MatchView match(MatchId id) {
        return matches.match(id);
    }

    @Override
    public MatchView acceptAsRecipient(MatchId id, long expectedVersion) {
        return matches.acceptAsRecipient(id, expectedVersion);
    }

    @Override
    public MatchView acceptAsDonor(MatchId id, long expectedVersion) {
        return matches.acceptAsDonor(id, expectedVersion);
    }

    @Override
    public MatchView confirmMatch(MatchId id, long expectedVersion) {
        return matches.confirmMatch(id, expectedVersion);
    }

    @Override
    public MatchView declineMatch(MatchId id, String reason, long expectedVersion) {
        return matches.declineMatch(id, reason, expectedVersion);
    }

    // ------------------------------------------------------------------ gap dashboard

    @Override
    public List<GapRow> gapByTheme() {
        return gaps.gapByTheme();
    }

    @Override
    public List<GapRow> gapByState() {
        return gaps.gapByState();
    }

    @Override
    public List<AgeBucket> unmatchedByAge() {
        return gaps.unmatchedByAge();
    }
}
