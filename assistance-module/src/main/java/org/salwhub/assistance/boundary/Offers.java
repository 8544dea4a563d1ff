package org.salwhub.assistance.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.salwhub.assistance.api.OfferDraft;
import org.salwhub.assistance.api.OfferId;
import org.salwhub.assistance.api.OfferQuery;
import org.salwhub.assistance.api.OfferStatus;
import org.salwhub.assistance.api.OfferView;
import org.salwhub.assistance.control.AssistancePolicy;
import org.salwhub.assistance.entity.CodeList;
import org.salwhub.assistance.entity.Match;
import org.salwhub.assistance.entity.Offer;
import org.salwhub.registry.api.OrganisationId;
import org.salwhub.registry.api.OrganisationView;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.Subregion;
import org.salwhub.registry.api.directory.Page;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.Role;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.kernel.VersionConflictException;

/** Offers: who sees which, and a donor (or staff) filing, revising, publishing and withdrawing its own. */
@Dependent
public class Offers {

    private static final String OFFER = "Offer";

    @PersistenceContext
    EntityManager em;

    @Inject
    AssistanceRecords records;

    @Inject
    RegistryFacade registry;

    Page<OfferView> offers(OfferQuery query) {
        Caller caller = records.member();
        OfferQuery q = query == null ? OfferQuery.all() : query;
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!caller.isStaff()) {
            if (caller.has(Role.DONOR) && caller.organisationId() != null) {
                where.append(" AND (o.organisationId = :own OR o.status IN :visible)");
                params.put("own", caller.organisationId().toString());
            } else {
                where.append(" AND o.status IN :visible");
            }
            params.put("visible", OfferStatus.VISIBLE);
        }
        if (q.mine()) {
            if (caller.organisationId() == null) {
                return new Page<>(List.of(), 0);
            }
            where.append(" AND o.organisationId = :mine");
            params.put("mine", caller.organisationId().toString());
        }
        if (q.organisationId() != null) {
            where.append(" AND o.organisationId = :organisation");
            params.put("organisation", q.organisationId().toString());
        }
        if (q.theme() != null && !q.theme().isBlank()) {
            where.append(" AND o.themes LIKE :theme");
            params.put("theme", CodeList.pattern(q.theme().trim()));
        }
        if (q.status() != null) {
            where.append(" AND o.status = :status");
            params.put("status", q.status());
        }
        if (q.text() != null && !q.text().isBlank()) {
            where.append(" AND LOWER(o.title) LIKE :text");
            params.put("text", "%" + q.text().trim().toLowerCase() + "%");
        }
        String order = switch (q.sort() == null ? "" : q.sort()) {
            case "title" -> "o.title";
            case "status" -> "o.status";
            case "validTo" -> "o.validTo";
            default -> "o.createdAt";
        };
        String direction = q.sort() == null ? " DESC" : q.ascending() ? " ASC" : " DESC";
        TypedQuery<Offer> select = em.createQuery("SELECT o FROM Offer o" + where + " ORDER BY " + order + direction
                + ", o.id", Offer.class);
        params.forEach(select::setParameter);
        List<Offer> found = select.getResultList();
        if (q.eligibleState() != null) {
            Subregion subregion = registry.state(new StateId(q.eligibleState())).map(StateView::subregion)
                    .orElse(null);
            found = found.stream().filter(o -> o.isEligible(q.eligibleState(), subregion)).toList();
        }
        int first = Math.min(Math.max(0, q.first()), found.size());
        int last = Math.min(found.size(), first + Math.min(Math.max(1, q.max()), 1000));
        return new Page<>(found.subList(first, last).stream().map(o -> permitted(o.view(), caller))
                .toList(), found.size());
    }

    OfferView offer(OfferId id) {
        return view(records.visibleOffer(id));
    }

    OfferView createOffer(OfferDraft draft) {
        Caller caller = records.member();
        if (draft == null || draft.organisationId() == null) {
            throw new ValidationException("organisationId", "required");
        }
        OrganisationView organisation = registry.organisation(new OrganisationId(draft.organisationId()))
                .orElseThrow(() -> new ValidationException("organisationId", "organisation.unknown"));
        if (!AssistancePolicy.actsForOrganisation(caller, draft.organisationId())) {
            throw new AccessDeniedException("donors file offers for their own organisation only");
        }
        if (!organisation.donor()) {
            throw new ValidationException("organisationId", "organisation.notDonor");
        }
        validate(draft);
        Offer offer = new Offer(OfferId.random(), draft, caller.username(), records.now());
        em.persist(offer);
        em.flush();
        return view(offer);
    }

    OfferView updateOffer(OfferId id, OfferDraft draft, long expectedVersion) {
        Offer offer = records.ownOffer(id);
        offer.requireEditable();
        if (draft == null) {
            throw new ValidationException("title", "required");
        }
        validate(draft);
        VersionConflictException.check(OFFER, offer.id(), expectedVersion, offer.version());
        offer.revise(draft, records.today());
        records.offersChanged(offer);
        em.flush();
        return view(offer);
    }

    OfferView publishOffer(OfferId id, long expectedVersion) {
        Offer offer = records.ownOffer(id);
        VersionConflictException.check(OFFER, offer.id(), expectedVersion, offer.version());
        offer.publish(records.today());
        records.offersChanged(offer);
        em.flush();
        return view(offer);
    }

    OfferView withdrawOffer(OfferId id, String reason, long expectedVersion) {
        Offer offer = records.ownOffer(id);
        VersionConflictException.check(OFFER, offer.id(), expectedVersion, offer.version());
        offer.moveTo(OfferStatus.WITHDRAWN);
        records.offersChanged(offer);
        records.closePending(em.createNamedQuery("Match.ofOffer", Match.class).setParameter("offer", offer.id())
                .getResultList(), reason == null || reason.isBlank() ? "offer withdrawn" : reason);
        em.flush();
        return view(offer);
    }

    /** The offer as the caller sees it, with what the caller may do. */
    private OfferView view(Offer offer) {
        return permitted(offer.view(), records.callers.current());
    }

    private static OfferView permitted(OfferView view, Caller caller) {
        return view.withPermissions(AssistancePolicy.forOffer(caller, view));
    }

    private void validate(OfferDraft draft) {
        List<FieldError> errors = new ArrayList<>(Offer.check(draft));
        errors.addAll(records.unknownCodes(draft.themes(), draft.assistanceTypes(), draft.lines()));
        for (UUID state : draft.eligibleStates()) {
            if (registry.state(new StateId(state)).isEmpty()) {
                errors.add(FieldError.of("eligibleStates", "state.unknown"));
                break;
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
