package org.salwhub.assistance.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.salwhub.assistance.api.AssistanceReferenceFacade;
import org.salwhub.assistance.api.CandidateView;
import org.salwhub.assistance.api.NeedId;
import org.salwhub.assistance.api.NeedStatus;
import org.salwhub.assistance.api.OfferId;
import org.salwhub.assistance.api.OfferStatus;
import org.salwhub.assistance.api.Reason;
import org.salwhub.assistance.control.Matchmaker;
import org.salwhub.assistance.control.OfferIndexCache;
import org.salwhub.assistance.control.Rates;
import org.salwhub.assistance.control.matching.Candidate;
import org.salwhub.assistance.control.matching.NeedProfile;
import org.salwhub.assistance.control.matching.OfferProfile;
import org.salwhub.assistance.entity.Need;
import org.salwhub.assistance.entity.Offer;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.CallerContext;

/** Explainable matching: the offers ranked for a need and the needs ranked for an offer. */
@Dependent
public class Matching {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    AssistanceRecords records;

    @Inject
    RegistryFacade registry;

    @Inject
    AssistanceReferenceFacade reference;

    @Inject
    OfferIndexCache offerIndex;

    List<CandidateView> candidatesForNeed(NeedId id, int limit) {
        Need need = records.visibleNeed(id);
        if (!NeedStatus.MATCHABLE.contains(need.status())) {
            return List.of();
        }
        LocalDate today = records.today();
        List<Candidate> ranked = offerIndex.index(today, () -> matchmaker(today).index(openOfferProfiles()))
                .top(Matchmaker.profile(need, facts(need.stateId())), cap(limit));
        Map<String, Offer> byId = ranked.isEmpty() ? Map.of() : em.createQuery(
                        "SELECT o FROM Offer o WHERE o.id IN :ids", Offer.class)
                .setParameter("ids", ranked.stream().map(c -> c.offerId().toString()).toList())
                .getResultStream().collect(Collectors.toMap(Offer::id, Function.identity()));
        return ranked.stream().map(c -> {
            Offer offer = byId.get(c.offerId().toString());
            return candidate(c, offer.title(), null, offer.organisationId());
        }).toList();
    }

    /** The profiles of every open offer, their lines read in one more statement (not one per offer). */
    private List<OfferProfile> openOfferProfiles() {
        return em.createQuery("SELECT o FROM Offer o WHERE o.status IN :open", Offer.class)
                .setParameter("open", OfferStatus.MATCHABLE)
                .setHint("eclipselink.batch", "o.lines").setHint("eclipselink.batch.type", "IN")
                .getResultStream().map(Matchmaker::profile).toList();
    }

    List<CandidateView> candidatesForOffer(OfferId id, int limit) {
        Offer offer = records.visibleOffer(id);
        if (!OfferStatus.MATCHABLE.contains(offer.status())) {
            return List.of();
        }
        Caller caller = callers.current();
        List<Need> needs = em.createQuery("SELECT n FROM Need n WHERE n.status IN :open", Need.class)
                .setParameter("open", NeedStatus.MATCHABLE).getResultList().stream()
                .filter(n -> records.maySee(n, caller)).toList();
        Map<UUID, StateView> states = registry.states().stream()
                .collect(Collectors.toMap(s -> s.id().value(), Function.identity()));
        Map<UUID, Need> byId = needs.stream().collect(Collectors.toMap(n -> UUID.fromString(n.id()),
                Function.identity()));
        List<NeedProfile> profiles = needs.stream().map(n -> Matchmaker.profile(n, facts(states.get(n.stateId()))))
                .toList();
        return matchmaker().rankNeeds(Matchmaker.profile(offer), profiles, cap(limit)).stream().map(c -> {
            Need need = byId.get(c.needId());
            return candidate(c, need.title(), need.stateId(), null);
        }).toList();
    }

    private static int cap(int limit) {
        return limit <= 0 ? 20 : Math.min(limit, 200);
    }

    private static CandidateView candidate(Candidate c, String title, UUID state, UUID organisation) {
        return new CandidateView(new NeedId(c.needId()), new OfferId(c.offerId()), title, state, organisation,
                c.total(), c.reasons().stream().map(r -> new Reason(r.component(), r.score(), r.weight(),
                r.messageKey(), r.args())).toList());
    }

    Matchmaker matchmaker() {
        return matchmaker(records.today());
    }

    private Matchmaker matchmaker(LocalDate today) {
        return new Matchmaker(reference.weights(), Rates.load(em), today);
    }

    Matchmaker.StateFacts facts(UUID stateId) {
        return facts(registry.state(new StateId(stateId)).orElse(null));
    }

    private static Matchmaker.StateFacts facts(StateView state) {
        return state == null ? null : new Matchmaker.StateFacts(
                state.subregion() == null ? null : state.subregion().name(), Boolean.TRUE.equals(state.developing()));
    }
}
