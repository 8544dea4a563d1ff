package org.salwhub.fellowship.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.salwhub.fellowship.api.CallCriterion;
import org.salwhub.fellowship.api.CallDetails;
import org.salwhub.fellowship.api.CallId;
import org.salwhub.fellowship.api.CallSelectionBoard;
import org.salwhub.fellowship.api.CohortBalance;
import org.salwhub.fellowship.api.FellowshipFacade;
import org.salwhub.fellowship.api.NominationDecision;
import org.salwhub.fellowship.api.NominationId;
import org.salwhub.fellowship.api.NominationRanking;
import org.salwhub.fellowship.api.NominationStatus;
import org.salwhub.fellowship.api.NominationView;
import org.salwhub.fellowship.control.CohortBalanceRules;
import org.salwhub.fellowship.control.FellowshipPolicy;
import org.salwhub.fellowship.control.ReviewAggregation;
import org.salwhub.fellowship.entity.FellowshipCall;
import org.salwhub.fellowship.entity.Nomination;
import org.salwhub.fellowship.entity.ReviewAssignment;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.notify.Audience;
import org.salwhub.registry.api.notify.Notification;
import org.salwhub.registry.api.notify.Notifier;

/**
 * The selection: staff rank eligible nominations by their reviews and decide (an offer with an acceptance deadline,
 * the waiting list, or a rejection) within the seats; the fellow answers the offer, and a freed seat goes to the
 * first on the waiting list.
 */
@Dependent
public class Selection {

    @PersistenceContext
    EntityManager em;

    @Inject
    FellowshipRecords records;

    @Inject
    RegistryFacade registry;

    @Inject
    Notifier notifier;

    CallSelectionBoard selectionBoard(CallId callId) {
        records.staff();
        FellowshipCall call = records.loadCall(callId);
        List<Nomination> nominations = records.nominationsOfCall(call);
        Map<String, List<ReviewAssignment>> reviews = em.createNamedQuery("ReviewAssignment.ofCall",
                        ReviewAssignment.class).setParameter("call", call.id()).getResultStream()
                .collect(Collectors.groupingBy(ReviewAssignment::nominationId));
        List<CallCriterion> criteria = call.criteria();
        Map<String, NominationView> views = records.views(nominations).stream()
                .collect(Collectors.toMap(v -> v.id().toString(), v -> v));
        record Scored(Nomination nomination, ReviewAggregation.Aggregate aggregate, int assigned) {
        }
        List<Scored> scored = nominations.stream()
                .filter(n -> n.eligible() && n.status() != NominationStatus.WITHDRAWN)
                .map(n -> {
                    List<ReviewAssignment> list = reviews.getOrDefault(n.id(), List.of());
                    return new Scored(n, ReviewAggregation.aggregate(list.stream().filter(a -> a.submittedAt() != null)
                            .map(a -> ReviewAggregation.weighted(a.scores(), criteria)).toList()), list.size());
                })
                .sorted(Comparator.comparing((Scored s) -> s.aggregate().mean(),
                                Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(s -> s.nomination().nomineeName()))
                .toList();
        List<NominationRanking> ranking = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            ranking.add(new NominationRanking(i + 1, views.get(s.nomination().id()), s.aggregate().mean(),
                    s.aggregate().spread(), s.aggregate().reviews(), s.assigned()));
        }
        return new CallSelectionBoard(records.view(call), ranking, balance(call, nominations));
    }

    private CohortBalance balance(FellowshipCall call, List<Nomination> nominations) {
        List<CohortBalanceRules.Member> members = nominations.stream().filter(n -> n.status().inCohort())
                .map(n -> new CohortBalanceRules.Member(n.stateId(), n.sex())).toList();
        Map<UUID, StateView> states = new HashMap<>();
        members.stream().map(CohortBalanceRules.Member::stateId).distinct()
                .forEach(id -> registry.state(new StateId(id)).ifPresent(s -> states.put(id, s)));
        CallDetails d = call.details();
        return CohortBalanceRules.balance(d.seats(), d.womenTargetPercent(), d.developingTargetPercent(), members,
                states);
    }

    NominationView decide(NominationId id, NominationDecision decision, String reason, LocalDate offerDeadline,
                          long expectedVersion) {
        records.staff();
        Nomination nomination = records.loadNomination(id);
        FellowshipCall call = records.lockSeats(records.call(nomination.callId()));
        FellowshipRecords.throwIfAny(Nomination.checkDecision(decision, reason));
        call.checkInSelection();
        nomination.checkDecidable(decision);
        LocalDate today = records.today();
        call.checkSelectionDeadline(today);
        nomination.checkVersion(expectedVersion);
        switch (decision) {
            case SELECT -> {
                if (nomination.status() != NominationStatus.SELECTED) {
                    call.checkSeatFree(seatsTaken(call));
                }
                nomination.select(reason, offerDeadline != null ? offerDeadline
                        : call.offerDeadline(today, FellowshipFacade.PROMOTION_ACCEPTANCE_DAYS), today);
                notifyOffer(call, nomination);
            }
            case WAITLIST -> nomination.waitlist(reason, nomination.status() == NominationStatus.WAITLISTED
                    ? 0 : nextRank(call));
            case REJECT -> nomination.reject(reason);
        }
        em.flush();
        return records.view(nomination);
    }

    private int seatsTaken(FellowshipCall call) {
        return em.createQuery("SELECT COUNT(n) FROM Nomination n WHERE n.callId = :call AND n.status IN :taken",
                        Long.class).setParameter("call", call.id())
                .setParameter("taken", List.of(NominationStatus.SELECTED, NominationStatus.ACCEPTED))
                .getSingleResult().intValue();
    }

    private int nextRank(FellowshipCall call) {
        Integer max = em.createQuery("SELECT MAX(n.waitlistRank) FROM Nomination n WHERE n.callId = :call",
                Integer.class).setParameter("call", call.id()).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    NominationView answerOffer(NominationId id, boolean accept, long expectedVersion) {
        Caller caller = records.signedIn();
        Nomination nomination = records.loadNomination(id);
        if (!FellowshipRecords.actsFor(caller, nomination)) {
            throw new AccessDeniedException("offer of another State");
        }
        LocalDate today = records.today();
        nomination.answerOffer(accept, today, expectedVersion);
        if (!accept) {
            promoteNext(records.call(nomination.callId()), today);
        }
        em.flush();
        return records.seenBy(caller, nomination);
    }

    int lapseOverdueOffers(LocalDate today) {
        FellowshipPolicy.requireSystemOrStaff(records.callers.current());
        List<Nomination> overdue = em.createNamedQuery("Nomination.overdueOffers", Nomination.class)
                .setParameter("selected", NominationStatus.SELECTED).setParameter("today", today).getResultList();
        for (Nomination n : overdue) {
            n.lapse();
            em.flush();
            promoteNext(records.call(n.callId()), today);
        }
        em.flush();
        return overdue.size();
    }

    /** The first waitlisted nomination of the call (by rank) gets the freed seat, with a fresh deadline. */
    private void promoteNext(FellowshipCall call, LocalDate today) {
        records.lockSeats(call);
        if (seatsTaken(call) >= call.seats()) {
            return;
        }
        em.createQuery("SELECT n FROM Nomination n WHERE n.callId = :call AND n.status = :waitlisted"
                        + " ORDER BY n.waitlistRank, n.nominatedAt", Nomination.class)
                .setParameter("call", call.id()).setParameter("waitlisted", NominationStatus.WAITLISTED)
                .setMaxResults(1).getResultStream().findFirst()
                .ifPresent(next -> {
                    next.select("waiting list: a seat was freed",
                            today.plusDays(FellowshipFacade.PROMOTION_ACCEPTANCE_DAYS), today);
                    notifyOffer(call, next);
                });
    }

    /**
     * The State's focal points and the nominee hear of an offer and its deadline: the focal points with a link to
     * their State's nominations, the nominee (through their own account, or by e-mail) to their own fellowship page.
     */
    private void notifyOffer(FellowshipCall call, Nomination nomination) {
        notifier.send(Notification.of("assistance.fellowship.offer", Audience.focalPointsOf(nomination.stateId()),
                        "notify.fellowship.offer", nomination.nomineeName(), call.title(), nomination.offerDeadline())
                .linkingTo("/app/fellowships/nominate.xhtml?call=" + call.id())
                .once("fellowship.offer." + nomination.id() + "." + nomination.offerDeadline()));
        notifier.send(Notification.of("assistance.fellowship.offer",
                        Audience.persons(Set.of(nomination.personId().value())), "notify.fellowship.offer",
                        nomination.nomineeName(), call.title(), nomination.offerDeadline())
                .linkingTo("/app/fellowships/mine.xhtml")
                .once("fellowship.offer.nominee." + nomination.id() + "." + nomination.offerDeadline()));
    }
}
