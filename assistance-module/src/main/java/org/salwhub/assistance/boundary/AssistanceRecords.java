package org.salwhub.assistance.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.salwhub.assistance.api.Confidentiality;
import org.salwhub.assistance.api.LineInput;
import org.salwhub.assistance.api.MatchId;
import org.salwhub.assistance.api.MatchStatus;
import org.salwhub.assistance.api.NeedId;
import org.salwhub.assistance.api.NeedStatus;
import org.salwhub.assistance.api.OfferId;
import org.salwhub.assistance.api.OfferStatus;
import org.salwhub.assistance.api.TermKind;
import org.salwhub.assistance.control.AssistancePolicy;
import org.salwhub.assistance.control.MatchingInputsChanged;
import org.salwhub.assistance.control.OfferIndexCache;
import org.salwhub.assistance.entity.Match;
import org.salwhub.assistance.entity.Need;
import org.salwhub.assistance.entity.Offer;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.Role;
import org.salwhub.registry.api.notify.Audience;
import org.salwhub.registry.api.notify.Notification;
import org.salwhub.registry.api.notify.Notifier;

/**
 * What the assistance use cases share: the caller's membership, loading needs, offers and matches as the caller may
 * see and change them, the vocabulary's codes, notifications, and the time from the injected clock.
 */
@Dependent
public class AssistanceRecords {

    static final String NEED = "Need";
    static final String OFFER = "Offer";
    static final String MATCH = "Match";
    static final Set<MatchStatus> LIVE = Set.of(MatchStatus.PROPOSED, MatchStatus.RECIPIENT_ACCEPTED,
            MatchStatus.DONOR_ACCEPTED, MatchStatus.CONFIRMED);

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    RegistryFacade registry;

    @Inject
    Event<MatchingInputsChanged> matchingInputs;

    /** The web layer's notification service; absent in a deployment without one. */
    @Inject
    Instance<Notifier> notifier;

    @Inject
    Clock clock;

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.systemDefault()));
    }

    Instant now() {
        return Instant.now(clock);
    }

    Caller member() {
        return AssistancePolicy.requireMember(callers.current());
    }

    Need loadNeed(NeedId id) {
        return NotFoundException.requireFound(id == null ? null : em.find(Need.class, id.toString()), NEED, id);
    }

    /** Staff see every need; the State's focal points their own; others what is published to them. */
    boolean maySee(Need need, Caller caller) {
        if (AssistancePolicy.seesEveryNeedOf(caller, need.stateId())) {
            return true;
        }
        if (!NeedStatus.VISIBLE.contains(need.status())) {
            return false;
        }
        if (need.confidentiality() == Confidentiality.NETWORK) {
            return true;
        }
        return caller.has(Role.DONOR) && caller.organisationId() != null && !em.createQuery(
                        "SELECT m.id FROM Match m, Offer o WHERE o.id = m.offerId AND m.needId = :need"
                                + " AND o.organisationId = :org AND m.status IN :live", String.class)
                .setParameter("need", need.id()).setParameter("org", caller.organisationId().toString())
                .setParameter("live", LIVE).setMaxResults(1).getResultList().isEmpty();
    }

    /** Not found rather than forbidden, so that a restricted need's existence does not leak. */
    Need visibleNeed(NeedId id) {
        Caller caller = member();
        Need need = loadNeed(id);
        if (!maySee(need, caller)) {
            throw new NotFoundException(NEED, id.toString());
        }
        return need;
    }

    /** A need the caller may change: their own State's, or any for staff. */
    Need ownNeed(NeedId id) {
        Caller caller = member();
        Need need = visibleNeed(id);
        if (!AssistancePolicy.actsForState(caller, need.stateId())) {
            throw new AccessDeniedException("only the State's focal points and staff change a need");
        }
        return need;
    }

    Offer loadOffer(OfferId id) {
        return NotFoundException.requireFound(id == null ? null : em.find(Offer.class, id.toString()), OFFER, id);
    }

    Offer visibleOffer(OfferId id) {
        Caller caller = member();
        Offer offer = loadOffer(id);
        if (!AssistancePolicy.actsForOrganisation(caller, offer.organisationId())
                && !OfferStatus.VISIBLE.contains(offer.status())) {
            throw new NotFoundException(OFFER, id.toString());
        }
        return offer;
    }

    Offer ownOffer(OfferId id) {
        Caller caller = member();
        Offer offer = visibleOffer(id);
        if (!AssistancePolicy.actsForOrganisation(caller, offer.organisationId())) {
            throw new AccessDeniedException("only the organisation's donors and staff change an offer");
        }
        return offer;
    }

    Match loadMatch(MatchId id) {
        member();
        return NotFoundException.requireFound(id == null ? null : em.find(Match.class, id.toString()), MATCH, id);
    }

    String stateName(UUID state) {
        return registry.state(new StateId(state)).map(s -> s.name().en()).orElse(state.toString());
    }

    void notify(String topic, Audience audience, String key, Object subject, Object... args) {
        if (!notifier.isResolvable()) {
            return;
        }
        String link;
        String dedupe;
        if (subject instanceof Match match) {
            link = "/app/assistance/need.xhtml?id=" + match.needId();
            dedupe = topic + ":" + match.id() + ":" + match.status();
        } else {
            Need need = (Need) subject;
            link = "/app/assistance/need.xhtml?id=" + need.id();
            dedupe = topic + ":" + need.id() + ":" + need.status() + ":" + need.version();
        }
        notifier.get().send(Notification.of(topic, audience, key, args).linkingTo(link).once(dedupe));
    }

    List<FieldError> unknownCodes(Set<String> themes, Set<String> types, List<LineInput> lines) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> knownThemes = codes(TermKind.THEME);
        Set<String> knownTypes = codes(TermKind.ASSISTANCE_TYPE);
        Set<String> items = new java.util.HashSet<>(codes(TermKind.EQUIPMENT_TYPE));
        items.addAll(codes(TermKind.TRAINING_TOPIC));
        themes.stream().filter(code -> !knownThemes.contains(code)).findFirst()
                .ifPresent(code -> errors.add(FieldError.of("themes", "term.unknown", code)));
        types.stream().filter(code -> !knownTypes.contains(code)).findFirst()
                .ifPresent(code -> errors.add(FieldError.of("assistanceTypes", "term.unknown", code)));
        for (int i = 0; i < lines.size(); i++) {
            LineInput line = lines.get(i);
            if (line != null && line.itemCode() != null && !line.itemCode().isBlank()
                    && !items.contains(line.itemCode().trim())) {
                String field = "lines[" + i + "].itemCode";
                errors.add(FieldError.of(field, "term.unknown", line.itemCode()));
            }
        }
        return errors;
    }

    Set<String> codes(TermKind kind) {
        return em.createQuery("SELECT t.code FROM Term t WHERE t.kind = :kind", String.class)
                .setParameter("kind", kind).getResultStream().collect(Collectors.toSet());
    }

    /** The cached ranking index no longer holds (see {@link OfferIndexCache}). */
    void offersChanged(Offer offer) {
        matchingInputs.fire(new MatchingInputsChanged("offer " + offer.id()));
    }

    void closePending(Collection<Match> matches, String reason) {
        String by = callers.current().username();
        for (Match match : matches) {
            if (match.status().isPending()) {
                match.close(MatchStatus.CANCELLED, by, reason, now());
            }
        }
    }
}
