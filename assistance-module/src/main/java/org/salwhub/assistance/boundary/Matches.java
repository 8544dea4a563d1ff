package org.salwhub.assistance.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.salwhub.assistance.api.MatchId;
import org.salwhub.assistance.api.MatchLine;
import org.salwhub.assistance.api.MatchProposal;
import org.salwhub.assistance.api.MatchStatus;
import org.salwhub.assistance.api.MatchView;
import org.salwhub.assistance.api.NeedId;
import org.salwhub.assistance.api.OfferId;
import org.salwhub.assistance.api.Warning;
import org.salwhub.assistance.api.project.ProjectMatchConfirmed;
import org.salwhub.assistance.control.AssistancePolicy;
import org.salwhub.assistance.control.Matchmaker;
import org.salwhub.assistance.control.matching.Candidate;
import org.salwhub.assistance.control.matching.NeedProfile;
import org.salwhub.assistance.control.matching.OfferProfile;
import org.salwhub.assistance.entity.Match;
import org.salwhub.assistance.entity.Need;
import org.salwhub.assistance.entity.Offer;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.Role;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.kernel.VersionConflictException;
import org.salwhub.registry.api.notify.Audience;

/** The match workflow: proposing, consent on both sides, staff confirmation, declining. */
@Dependent
public class Matches {

    private static final String MATCH = "Match";

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    AssistanceRecords records;

    @Inject
    Matching matching;

    /** Tells the projects component a match was confirmed, in this transaction (it creates the project). */
    @Inject
    Event<ProjectMatchConfirmed> matchConfirmed;

    MatchView proposeMatch(MatchProposal proposal) {
        Caller caller = records.member();
        if (proposal == null || proposal.needId() == null || proposal.offerId() == null) {
            throw new ValidationException("needId", "required");
        }
        Offer offer = records.visibleOffer(proposal.offerId());
        if (!AssistancePolicy.mayPropose(caller, offer.organisationId())) {
            throw new AccessDeniedException("staff or the offering donor propose matches");
        }
        Need need = records.visibleNeed(proposal.needId());
        Match.requireOpen(need, offer);
        Matchmaker matchmaker = matching.matchmaker();
        NeedProfile needProfile = Matchmaker.profile(need, matching.facts(need.stateId()));
        OfferProfile offerProfile = Matchmaker.profile(offer);
        Optional<Candidate> evaluated = matchmaker.evaluate(needProfile, offerProfile);
        if (evaluated.isEmpty()) {
            throw new ValidationException("offerId", "match.excluded");
        }
        // parallel proposals for one need queue on its row; the locking read then sees what the others committed
        em.lock(need, LockModeType.PESSIMISTIC_WRITE);
        Match.requireNoPendingPair(em.createNamedQuery("Match.ofNeed", Match.class).setParameter("need", need.id())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList(), offer.id());
        Map<String, Integer> quantities = new LinkedHashMap<>();
        if (proposal.lines().isEmpty()) {
            quantities.putAll(Matchmaker.suggestedQuantities(need, offer));
        } else {
            for (MatchLine line : proposal.lines()) {
                if (line == null || line.itemCode() == null) {
                    throw new ValidationException("lines", "required");
                }
                quantities.merge(line.itemCode().trim(), line.quantity(), Integer::sum);
            }
        }
        Match match = Match.propose(MatchId.random(), need, offer, quantities, proposal.fundingAmount(),
                proposal.note(), evaluated.get().total(), caller.username(), records.now());
        em.persist(match);
        em.flush();
        records.notify("assistance.match.proposed", Audience.focalPointsOf(need.stateId()).and(caller.isStaff()
                        ? Audience.donorsOf(offer.organisationId()) : Audience.staff()),
                "notify.assistance.matchProposed", match, need.title(), offer.title());
        return view(match, need, offer);
    }

    List<MatchView> matches(Optional<NeedId> need, Optional<OfferId> offer, Optional<MatchStatus> status) {
        Caller caller = records.member();
        StringBuilder jpql = new StringBuilder("SELECT m, n, o FROM Match m, Need n, Offer o"
                + " WHERE n.id = m.needId AND o.id = m.offerId");
        Map<String, Object> params = new HashMap<>();
        if (!caller.isStaff()) {
            List<String> scope = new ArrayList<>();
            if (caller.has(Role.FOCAL_POINT) && caller.stateId() != null) {
                scope.add("n.stateId = :state");
                params.put("state", caller.stateId().toString());
            }
            if (caller.has(Role.DONOR) && caller.organisationId() != null) {
                scope.add("o.organisationId = :org");
                params.put("org", caller.organisationId().toString());
            }
            if (scope.isEmpty()) {
                return List.of();
            }
            jpql.append(" AND (").append(String.join(" OR ", scope)).append(')');
        }
        need.ifPresent(id -> {
            jpql.append(" AND m.needId = :need");
            params.put("need", id.toString());
        });
        offer.ifPresent(id -> {
            jpql.append(" AND m.offerId = :offer");
            params.put("offer", id.toString());
        });
        status.ifPresent(s -> {
            jpql.append(" AND m.status = :status");
            params.put("status", s);
        });
        jpql.append(" ORDER BY m.proposedAt DESC, m.id");
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class);
        params.forEach(query::setParameter);
        return query.setMaxResults(1000).getResultStream()
                .map(row -> permitted(((Match) row[0]).view((Need) row[1], (Offer) row[2]), caller)).toList();
    }

    MatchView match(MatchId id) {
        Match match = records.loadMatch(id);
        Need need = em.find(Need.class, match.needId());
        Offer offer = em.find(Offer.class, match.offerId());
        requireParty(callers.current(), need, offer);
        return view(match, need, offer);
    }

    MatchView acceptAsRecipient(MatchId id, long expectedVersion) {
        Match match = records.loadMatch(id);
        Need need = em.find(Need.class, match.needId());
        Offer offer = em.find(Offer.class, match.offerId());
        Caller caller = callers.current();
        // consent on both sides: the State's own focal point accepts, not staff on its behalf
        if (!AssistancePolicy.isRecipient(caller, need.stateId()) && !caller.isSystem()) {
            throw new AccessDeniedException("the recipient State's focal point accepts");
        }
        VersionConflictException.check(MATCH, match.id(), expectedVersion, match.version());
        match.acceptAsRecipient(caller.username(), records.now());
        em.flush();
        records.notify("assistance.match.accepted", Audience.donorsOf(offer.organisationId()).and(Audience.staff()),
                "notify.assistance.matchRecipientAccepted", match, need.title(), offer.title());
        return view(match, need, offer);
    }

    MatchView acceptAsDonor(MatchId id, long expectedVersion) {
        Match match = records.loadMatch(id);
        Need need = em.find(Need.class, match.needId());
        Offer offer = em.find(Offer.class, match.offerId());
        Caller caller = callers.current();
        if (!caller.isSystem() && !AssistancePolicy.isDonor(caller, offer.organisationId())) {
            throw new AccessDeniedException("the offering donor accepts");
        }
        VersionConflictException.check(MATCH, match.id(), expectedVersion, match.version());
        match.acceptAsDonor(caller.username(), records.now());
        em.flush();
        records.notify("assistance.match.accepted", Audience.staff().and(Audience.focalPointsOf(need.stateId())),
                "notify.assistance.matchDonorAccepted", match, need.title(), offer.title());
        return view(match, need, offer);
    }

    MatchView confirmMatch(MatchId id, long expectedVersion) {
        callers.current().requireStaff();
        Match found = records.loadMatch(id);
        // Lock order offer → need → match, the same for every confirmation: concurrent confirmations of matches
        // drawing on the same offer (or covering the same need) queue here and each sees the other's commitment.
        Offer offer = em.find(Offer.class, found.offerId(), LockModeType.PESSIMISTIC_WRITE);
        Need need = em.find(Need.class, found.needId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(found, LockModeType.PESSIMISTIC_WRITE);
        Match match = found;
        VersionConflictException.check(MATCH, match.id(), expectedVersion, match.version());
        match.confirm(need, offer, callers.current().username(), records.now(), records.today());
        records.offersChanged(offer);
        em.flush();
        matchConfirmed.fire(new ProjectMatchConfirmed(UUID.fromString(match.id())));
        records.notify("assistance.match.confirmed", Audience.focalPointsOf(need.stateId())
                        .and(Audience.donorsOf(offer.organisationId())), "notify.assistance.matchConfirmed", match,
                need.title(), offer.title());
        return view(match, need, offer);
    }

    MatchView declineMatch(MatchId id, String reason, long expectedVersion) {
        Match match = records.loadMatch(id);
        Need need = em.find(Need.class, match.needId());
        Offer offer = em.find(Offer.class, match.offerId());
        Caller caller = callers.current();
        if (!AssistancePolicy.isParty(caller, need.stateId(), offer.organisationId())) {
            throw new AccessDeniedException("only the parties or staff decline");
        }
        VersionConflictException.check(MATCH, match.id(), expectedVersion, match.version());
        match.close(caller.isStaff() ? MatchStatus.CANCELLED : MatchStatus.DECLINED, caller.username(), reason,
                records.now());
        em.flush();
        records.notify("assistance.match.declined", Audience.focalPointsOf(need.stateId())
                        .and(Audience.donorsOf(offer.organisationId())).and(Audience.staff()),
                "notify.assistance.matchDeclined", match, need.title(), offer.title());
        return view(match, need, offer);
    }

    /**
     * The view with what the caller may do, and warnings: quantity the need already has covered, or other pending
     * matches also ask for.
     */
    private MatchView view(Match match, Need need, Offer offer) {
        MatchView view = permitted(match.view(need, offer), callers.current());
        if (!match.status().isPending()) {
            return view;
        }
        List<Warning> warnings = new ArrayList<>();
        Map<String, Integer> pendingElsewhere = new HashMap<>();
        em.createNamedQuery("Match.ofNeed", Match.class).setParameter("need", need.id()).getResultStream()
                .filter(other -> !other.id().equals(match.id()) && other.status().isPending())
                .forEach(other -> other.quantities().forEach((code, q) -> pendingElsewhere.merge(code, q,
                        Integer::sum)));
        match.quantities().forEach((code, quantity) -> need.line(code).ifPresent(line -> {
            if (quantity > line.remaining()) {
                warnings.add(Warning.of("match.alreadyCovered", need.id(), code, line.done(), line.quantity()));
            } else if (quantity + pendingElsewhere.getOrDefault(code, 0) > line.remaining()) {
                warnings.add(Warning.of("match.pendingOverlap", need.id(), code,
                        pendingElsewhere.getOrDefault(code, 0), line.remaining()));
            }
        }));
        return view.withWarnings(warnings);
    }

    private static MatchView permitted(MatchView view, Caller caller) {
        return view.withPermissions(AssistancePolicy.forMatch(caller, view));
    }

    private static void requireParty(Caller caller, Need need, Offer offer) {
        if (AssistancePolicy.isParty(caller, need.stateId(), offer.organisationId())) {
            return;
        }
        throw new NotFoundException(MATCH, "?");
    }
}
