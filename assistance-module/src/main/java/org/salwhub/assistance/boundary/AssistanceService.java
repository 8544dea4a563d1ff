package org.salwhub.assistance.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.salwhub.assistance.api.AgeBucket;
import org.salwhub.assistance.api.AssistanceFacade;
import org.salwhub.assistance.api.AssistanceReferenceFacade;
import org.salwhub.assistance.api.Priority;
import org.salwhub.registry.api.reporting.DeclaredNeedId;
import org.salwhub.registry.api.reporting.DeclaredNeedView;
import org.salwhub.registry.api.reporting.NationalReportView;
import org.salwhub.registry.api.reporting.NationalReportsFacade;
import org.salwhub.assistance.api.CandidateView;
import org.salwhub.assistance.api.Confidentiality;
import org.salwhub.assistance.api.GapRow;
import org.salwhub.assistance.api.LineInput;
import org.salwhub.assistance.api.MatchId;
import org.salwhub.assistance.api.MatchLine;
import org.salwhub.assistance.api.MatchProposal;
import org.salwhub.assistance.api.MatchStatus;
import org.salwhub.assistance.api.MatchView;
import org.salwhub.assistance.api.NeedDraft;
import org.salwhub.assistance.api.NeedId;
import org.salwhub.assistance.api.NeedQuery;
import org.salwhub.assistance.api.NeedStatus;
import org.salwhub.assistance.api.NeedView;
import org.salwhub.assistance.api.OfferDraft;
import org.salwhub.assistance.api.OfferId;
import org.salwhub.assistance.api.OfferQuery;
import org.salwhub.assistance.api.OfferStatus;
import org.salwhub.assistance.api.OfferView;
import org.salwhub.assistance.api.Reason;
import org.salwhub.assistance.api.TermKind;
import org.salwhub.assistance.api.TermView;
import org.salwhub.assistance.api.Warning;
import org.salwhub.assistance.api.project.ProjectMatchConfirmed;
import org.salwhub.assistance.control.MatchingInputsChanged;
import org.salwhub.assistance.control.Matchmaker;
import org.salwhub.assistance.control.OfferIndexCache;
import org.salwhub.assistance.control.Rates;
import org.salwhub.assistance.control.matching.Candidate;
import org.salwhub.assistance.control.matching.NeedProfile;
import org.salwhub.assistance.control.matching.OfferProfile;
import org.salwhub.assistance.entity.CodeList;
import org.salwhub.assistance.entity.Match;
import org.salwhub.assistance.entity.Need;
import org.salwhub.assistance.entity.NeedLine;
import org.salwhub.assistance.entity.Offer;
import org.salwhub.assistance.entity.Project;
import org.salwhub.assistance.entity.OfferLine;
import org.salwhub.registry.api.OrganisationId;
import org.salwhub.registry.api.OrganisationView;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.Subregion;
import org.salwhub.registry.api.directory.Page;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.Role;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.kernel.VersionConflictException;
import org.salwhub.registry.api.notify.Audience;
import org.salwhub.registry.api.notify.Notification;
import org.salwhub.registry.api.notify.Notifier;

/**
 * The assistance boundary: needs, offers and matches. Every read is filtered by what the caller may see and every
 * change checked against the caller's role and scope here, whatever the screen or API in front.
 */
@Stateless
public class AssistanceService implements AssistanceFacade {

    private static final String NEED = "Need";
    private static final String OFFER = "Offer";
    private static final String MATCH = "Match";
    private static final Set<MatchStatus> LIVE = Set.of(MatchStatus.PROPOSED, MatchStatus.RECIPIENT_ACCEPTED,
            MatchStatus.DONOR_ACCEPTED, MatchStatus.CONFIRMED);

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    RegistryFacade registry;

    @Inject
    AssistanceReferenceFacade reference;

    @Inject
    NationalReportsFacade reports;

    /** Tells the projects component a match was confirmed, in this transaction (it creates the project). */
    @Inject
    Event<ProjectMatchConfirmed> matchConfirmed;

    @Inject
    OfferIndexCache offerIndex;

    @Inject
    Event<MatchingInputsChanged> matchingInputs;

    /** The web layer's notification service; absent in a deployment without one. */
    @Inject
    Instance<Notifier> notifier;

    // =================================================================== needs

    @Override
    public Page<NeedView> needs(NeedQuery query) {
        Caller caller = member();
        NeedQuery q = query == null ? NeedQuery.all() : query;
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!caller.isStaff()) {
            String visible = "(n.status IN :visible AND (n.confidentiality = :network"
                    + (caller.has(Role.DONOR) && caller.organisationId() != null
                    ? " OR n.id IN (SELECT m.needId FROM Match m, Offer o WHERE o.id = m.offerId"
                    + " AND o.organisationId = :org AND m.status IN :live)" : "") + "))";
            params.put("visible", NeedStatus.VISIBLE);
            params.put("network", Confidentiality.NETWORK);
            if (caller.has(Role.DONOR) && caller.organisationId() != null) {
                params.put("org", caller.organisationId().toString());
                params.put("live", LIVE);
            }
            if (caller.has(Role.FOCAL_POINT) && caller.stateId() != null) {
                where.append(" AND (n.stateId = :own OR ").append(visible).append(')');
                params.put("own", caller.stateId().toString());
            } else {
                where.append(" AND ").append(visible);
            }
        }
        if (q.mine()) {
            if (caller.stateId() == null) {
                return new Page<>(List.of(), 0);
            }
            where.append(" AND n.stateId = :mine");
            params.put("mine", caller.stateId().toString());
        }
        if (q.stateId() != null) {
            where.append(" AND n.stateId = :state");
            params.put("state", q.stateId().toString());
        }
        if (q.subregion() != null) {
            List<String> states = registry.states().stream().filter(s -> s.subregion() == q.subregion())
                    .map(s -> s.id().toString()).toList();
            if (states.isEmpty()) {
                return new Page<>(List.of(), 0);
            }
            where.append(" AND n.stateId IN :subregionStates");
            params.put("subregionStates", states);
        }
        if (q.theme() != null && !q.theme().isBlank()) {
            where.append(" AND n.themes LIKE :theme");
            params.put("theme", CodeList.pattern(q.theme().trim()));
        }
        if (q.status() != null) {
            where.append(" AND n.status = :status");
            params.put("status", q.status());
        }
        if (q.text() != null && !q.text().isBlank()) {
            where.append(" AND LOWER(n.title) LIKE :text");
            params.put("text", "%" + q.text().trim().toLowerCase() + "%");
        }
        String order = switch (q.sort() == null ? "" : q.sort()) {
            case "title" -> "n.title";
            case "status" -> "n.status";
            case "publishedOn" -> "n.publishedOn";
            case "periodTo" -> "n.periodTo";
            default -> "n.createdAt";
        };
        String direction = q.sort() == null ? " DESC" : q.ascending() ? " ASC" : " DESC";
        TypedQuery<Need> select = em.createQuery("SELECT n FROM Need n" + where + " ORDER BY " + order + direction
                + ", n.id", Need.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(n) FROM Need n" + where, Long.class);
        params.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<NeedView> items = select.setFirstResult(Math.max(0, q.first()))
                .setMaxResults(Math.min(Math.max(1, q.max()), 1000)).getResultStream().map(Need::view).toList();
        return new Page<>(items, count.getSingleResult());
    }

    @Override
    public NeedView need(NeedId id) {
        Need need = visibleNeed(id);
        return withWarnings(need, callers.current());
    }

    @Override
    public NeedView createNeed(NeedDraft draft) {
        Caller caller = member();
        if (draft == null) {
            throw new ValidationException("title", "required");
        }
        if (draft.stateId() == null) {
            throw new ValidationException("stateId", "required");
        }
        StateView state = registry.state(new StateId(draft.stateId()))
                .orElseThrow(() -> new ValidationException("stateId", "state.unknown"));
        if (!caller.mayActForState(draft.stateId())) {
            throw new AccessDeniedException("a focal point files needs for their own State only");
        }
        if (!state.commissionMember()) {
            throw new ValidationException("stateId", "scope.notMemberState");
        }
        NeedDraft complete = draft.languages().isEmpty() ? withLanguages(draft, Matchmaker.languagesOf(state.iso2()))
                : draft;
        validate(complete);
        Need need = new Need(NeedId.random(), complete, caller.username(), Instant.now());
        em.persist(need);
        em.flush();
        return withWarnings(need, caller);
    }

    @Override
    public NeedView draftFromDeclaredNeed(DeclaredNeedId id) {
        member().requireStaff();
        if (id == null) {
            throw new ValidationException("declaredNeed", "required");
        }
        DeclaredNeedView declared = reports.openDeclaredNeeds().stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new ValidationException("declaredNeed", "declaredNeed.notOpen"));
        String source = reports.report(declared.reportId()).map(NationalReportView::link).orElse(null);
        NeedDraft draft = new NeedDraft(declared.stateId().value(), declared.title(), declared.description(),
                themesNamed(declared.thematicArea()), Set.of(), List.of(), null, null, null, Priority.MEDIUM, null,
                null, null, null, null, null, source, Confidentiality.NETWORK, Set.of(), null, null, null);
        NeedView need = createNeed(draft);
        reports.linkDraftNeed(id, need.id().value());
        return need;
    }

    /** The vocabulary's themes a free-text thematic area names: by code, or by a label in any language. */
    private Set<String> themesNamed(String area) {
        if (area == null || area.isBlank()) {
            return Set.of();
        }
        String wanted = fold(area);
        return reference.terms(TermKind.THEME, false).stream().filter(t -> fold(t.code()).equals(wanted)
                        || fold(t.label().en()).startsWith(wanted) || fold(t.label().in(java.util.Locale.FRENCH))
                        .startsWith(wanted) || fold(t.label().in(new java.util.Locale("ar"))).startsWith(wanted))
                .map(TermView::code).limit(1).collect(java.util.stream.Collectors.toSet());
    }

    private static String fold(String text) {
        return java.text.Normalizer.normalize(text == null ? "" : text.strip(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static NeedDraft withLanguages(NeedDraft d, Set<String> languages) {
        return new NeedDraft(d.stateId(), d.title(), d.description(), d.themes(), d.assistanceTypes(), d.lines(),
                d.estimatedCost(), d.currency(), d.nationalContribution(), d.priority(), d.periodFrom(), d.periodTo(),
                d.context(), d.genderConsiderations(), d.beneficiaryAgency(), d.deliverySite(), d.sourceLink(),
                d.confidentiality(), languages, d.sustainmentTraining(), d.sustainmentMaintenance(),
                d.sustainmentLogistics());
    }

    @Override
    public NeedView updateNeed(NeedId id, NeedDraft draft, long expectedVersion) {
        Need need = ownNeed(id);
        Caller caller = callers.current();
        boolean editable = need.status().isEditableByOwner() || (caller.isStaff()
                && (need.status() == NeedStatus.SUBMITTED || need.status() == NeedStatus.VALIDATED));
        if (!editable) {
            throw new ValidationException("status", "need.notEditable", need.status());
        }
        if (draft == null) {
            throw new ValidationException("title", "required");
        }
        validate(draft);
        VersionConflictException.check(NEED, need.id(), expectedVersion, need.version());
        need.describe(draft);
        em.flush();
        return withWarnings(need, caller);
    }

    @Override
    public NeedView submitNeed(NeedId id, long expectedVersion) {
        Need need = ownNeed(id);
        VersionConflictException.check(NEED, need.id(), expectedVersion, need.version());
        if (!Need.allows(need.status(), NeedStatus.SUBMITTED)) {
            throw new ValidationException("status", "transition.illegal", need.status(), NeedStatus.SUBMITTED);
        }
        Set<String> equipment = codes(TermKind.EQUIPMENT_TYPE);
        List<FieldError> errors = need.incompleteness(equipment::contains);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        need.moveTo(NeedStatus.SUBMITTED, LocalDate.now());
        em.flush();
        notify("assistance.need.submitted", Audience.staff(), "notify.assistance.needSubmitted", need,
                need.title(), stateName(need.stateId()));
        return withWarnings(need, callers.current());
    }

    @Override
    public NeedView returnNeed(NeedId id, String comment, long expectedVersion) {
        callers.current().requireStaff();
        Need need = loadNeed(id);
        if (comment == null || comment.isBlank()) {
            throw new ValidationException("comment", "need.returnComment");
        }
        if (comment.trim().length() > Need.TEXT_MAX) {
            throw new ValidationException("comment", "tooLong", Need.TEXT_MAX);
        }
        VersionConflictException.check(NEED, need.id(), expectedVersion, need.version());
        need.returnWith(comment, LocalDate.now());
        em.flush();
        notify("assistance.need.returned", Audience.focalPointsOf(need.stateId()), "notify.assistance.needReturned",
                need, need.title(), comment.trim());
        return withWarnings(need, callers.current());
    }

    @Override
    public NeedView validateNeed(NeedId id, long expectedVersion) {
        return staffMoves(id, NeedStatus.VALIDATED, expectedVersion);
    }

    @Override
    public NeedView publishNeed(NeedId id, long expectedVersion) {
        NeedView view = staffMoves(id, NeedStatus.PUBLISHED, expectedVersion);
        Need need = loadNeed(id);
        notify("assistance.need.published", Audience.focalPointsOf(need.stateId()), "notify.assistance.needPublished",
                need, need.title());
        return view;
    }

    @Override
    public NeedView startProject(NeedId id, long expectedVersion) {
        return staffMoves(id, NeedStatus.IN_PROJECT, expectedVersion);
    }

    @Override
    public NeedView fulfilNeed(NeedId id, long expectedVersion) {
        return staffMoves(id, NeedStatus.FULFILLED, expectedVersion);
    }

    private NeedView staffMoves(NeedId id, NeedStatus target, long expectedVersion) {
        callers.current().requireStaff();
        Need need = loadNeed(id);
        VersionConflictException.check(NEED, need.id(), expectedVersion, need.version());
        need.moveTo(target, LocalDate.now());
        em.flush();
        return withWarnings(need, callers.current());
    }

    @Override
    public NeedView withdrawNeed(NeedId id, String reason, long expectedVersion) {
        Need need = ownNeed(id);
        VersionConflictException.check(NEED, need.id(), expectedVersion, need.version());
        need.moveTo(NeedStatus.WITHDRAWN, LocalDate.now());
        closePending(em.createNamedQuery("Match.ofNeed", Match.class).setParameter("need", need.id())
                .getResultList(), reason == null || reason.isBlank() ? "need withdrawn" : reason);
        em.flush();
        return withWarnings(need, callers.current());
    }

    @Override
    public int expireOverdue(LocalDate today) {
        // only the nightly timer, as the system caller (never ANONYMOUS, nor a signed-in user)
        callers.current().requireSystem();
        return expireAll(today);
    }

    private int expireAll(LocalDate today) {
        int count = 0;
        for (Need need : em.createQuery("SELECT n FROM Need n WHERE n.status = :published AND n.periodTo < :today",
                Need.class).setParameter("published", NeedStatus.PUBLISHED).setParameter("today", today)
                .getResultList()) {
            need.moveTo(NeedStatus.EXPIRED, today);
            count++;
        }
        for (Offer offer : em.createQuery("SELECT o FROM Offer o WHERE o.status IN :open AND o.validTo < :today",
                Offer.class).setParameter("open", OfferStatus.MATCHABLE).setParameter("today", today)
                .getResultList()) {
            offer.moveTo(OfferStatus.EXPIRED);
            offersChanged(offer);
            count++;
        }
        em.flush();
        return count;
    }

    private void validate(NeedDraft draft) {
        List<FieldError> errors = new ArrayList<>(Need.check(draft));
        errors.addAll(unknownCodes(draft.themes(), draft.assistanceTypes(), draft.lines()));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private List<FieldError> unknownCodes(Set<String> themes, Set<String> types, List<LineInput> lines) {
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

    private Set<String> codes(TermKind kind) {
        return em.createQuery("SELECT t.code FROM Term t WHERE t.kind = :kind", String.class)
                .setParameter("kind", kind).getResultStream().collect(Collectors.toSet());
    }

    /** Open needs of the same State sharing a theme and overlapping in period: a possible duplicate funding. */
    private List<Warning> duplicateWarnings(Need need) {
        List<Warning> warnings = new ArrayList<>();
        if (!NeedStatus.OPEN.contains(need.status()) && !need.status().isEditableByOwner()) {
            return warnings;
        }
        List<Need> others = em.createQuery("SELECT n FROM Need n WHERE n.stateId = :state AND n.id <> :id"
                        + " AND n.status IN :open", Need.class).setParameter("state", need.stateId().toString())
                .setParameter("id", need.id()).setParameter("open", NeedStatus.OPEN).getResultList();
        for (Need other : others) {
            Set<String> shared = new java.util.TreeSet<>(other.themes());
            shared.retainAll(need.themes());
            if (!shared.isEmpty() && overlaps(need.periodFrom(), need.periodTo(), other.periodFrom(),
                    other.periodTo())) {
                warnings.add(Warning.of(other.status() == NeedStatus.IN_PROJECT ? "duplicate.project"
                        : "duplicate.need", other.id(), other.title(), String.join(", ", shared)));
            }
        }
        // projects entered or imported without a need, or funding another need of the State
        em.createQuery("SELECT p FROM Project p WHERE p.status IN :active AND p.recipientStates LIKE :state",
                        Project.class).setParameter("active", ProjectService.ACTIVE)
                .setParameter("state", CodeList.pattern(need.stateId().toString())).getResultStream()
                .filter(p -> !p.needIds().contains(java.util.UUID.fromString(need.id())))
                .forEach(p -> {
                    Set<String> shared = new java.util.TreeSet<>(p.themes());
                    shared.retainAll(need.themes());
                    if (!shared.isEmpty() && overlaps(need.periodFrom(), need.periodTo(), p.start(), p.end())) {
                        warnings.add(Warning.of("duplicate.activeProject", p.id(), p.title().in(java.util.Locale.ENGLISH),
                                String.join(", ", shared)));
                    }
                });
        return warnings;
    }

    static boolean overlaps(LocalDate aFrom, LocalDate aTo, LocalDate bFrom, LocalDate bTo) {
        LocalDate min = LocalDate.MIN;
        LocalDate max = LocalDate.MAX;
        return !(aTo == null ? max : aTo).isBefore(bFrom == null ? min : bFrom)
                && !(bTo == null ? max : bTo).isBefore(aFrom == null ? min : aFrom);
    }

    private NeedView withWarnings(Need need, Caller caller) {
        NeedView view = need.view();
        if (caller.mayActForState(need.stateId())) {
            return view.withWarnings(duplicateWarnings(need));
        }
        return view;
    }

    // =================================================================== offers

    @Override
    public Page<OfferView> offers(OfferQuery query) {
        Caller caller = member();
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
        return new Page<>(found.subList(first, last).stream().map(Offer::view).toList(), found.size());
    }

    @Override
    public OfferView offer(OfferId id) {
        return visibleOffer(id).view();
    }

    @Override
    public OfferView createOffer(OfferDraft draft) {
        Caller caller = member();
        if (draft == null || draft.organisationId() == null) {
            throw new ValidationException("organisationId", "required");
        }
        OrganisationView organisation = registry.organisation(new OrganisationId(draft.organisationId()))
                .orElseThrow(() -> new ValidationException("organisationId", "organisation.unknown"));
        if (!caller.mayActForOrganisation(draft.organisationId())) {
            throw new AccessDeniedException("donors file offers for their own organisation only");
        }
        if (!organisation.donor()) {
            throw new ValidationException("organisationId", "organisation.notDonor");
        }
        validate(draft);
        Offer offer = new Offer(OfferId.random(), draft, caller.username(), Instant.now());
        em.persist(offer);
        em.flush();
        return offer.view();
    }

    @Override
    public OfferView updateOffer(OfferId id, OfferDraft draft, long expectedVersion) {
        Offer offer = ownOffer(id);
        if (!OfferStatus.MATCHABLE.contains(offer.status()) && offer.status() != OfferStatus.DRAFT) {
            throw new ValidationException("status", "offer.notEditable", offer.status());
        }
        if (draft == null) {
            throw new ValidationException("title", "required");
        }
        validate(draft);
        VersionConflictException.check(OFFER, offer.id(), expectedVersion, offer.version());
        offer.describe(draft);
        offersChanged(offer);
        if (offer.status() != OfferStatus.DRAFT) {
            List<FieldError> errors = offer.incompleteness(LocalDate.now());
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
        }
        em.flush();
        return offer.view();
    }

    @Override
    public OfferView publishOffer(OfferId id, long expectedVersion) {
        Offer offer = ownOffer(id);
        VersionConflictException.check(OFFER, offer.id(), expectedVersion, offer.version());
        if (offer.status() != OfferStatus.DRAFT) {
            throw new ValidationException("status", "transition.illegal", offer.status(), OfferStatus.PUBLISHED);
        }
        List<FieldError> errors = offer.incompleteness(LocalDate.now());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        offer.publish(LocalDate.now());
        offersChanged(offer);
        em.flush();
        return offer.view();
    }

    @Override
    public OfferView withdrawOffer(OfferId id, String reason, long expectedVersion) {
        Offer offer = ownOffer(id);
        VersionConflictException.check(OFFER, offer.id(), expectedVersion, offer.version());
        offer.moveTo(OfferStatus.WITHDRAWN);
        offersChanged(offer);
        closePending(em.createNamedQuery("Match.ofOffer", Match.class).setParameter("offer", offer.id())
                .getResultList(), reason == null || reason.isBlank() ? "offer withdrawn" : reason);
        em.flush();
        return offer.view();
    }

    /** The cached ranking index no longer holds (see {@link OfferIndexCache}). */
    private void offersChanged(Offer offer) {
        matchingInputs.fire(new MatchingInputsChanged("offer " + offer.id()));
    }

    private void validate(OfferDraft draft) {
        List<FieldError> errors = new ArrayList<>(Offer.check(draft));
        errors.addAll(unknownCodes(draft.themes(), draft.assistanceTypes(), draft.lines()));
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

    // =================================================================== matching

    @Override
    public List<CandidateView> candidatesForNeed(NeedId id, int limit) {
        Need need = visibleNeed(id);
        if (!NeedStatus.MATCHABLE.contains(need.status())) {
            return List.of();
        }
        LocalDate today = LocalDate.now();
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

    @Override
    public List<CandidateView> candidatesForOffer(OfferId id, int limit) {
        Offer offer = visibleOffer(id);
        if (!OfferStatus.MATCHABLE.contains(offer.status())) {
            return List.of();
        }
        Caller caller = callers.current();
        List<Need> needs = em.createQuery("SELECT n FROM Need n WHERE n.status IN :open", Need.class)
                .setParameter("open", NeedStatus.MATCHABLE).getResultList().stream()
                .filter(n -> maySee(n, caller)).toList();
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

    private Matchmaker matchmaker() {
        return matchmaker(LocalDate.now());
    }

    private Matchmaker matchmaker(LocalDate today) {
        return new Matchmaker(reference.weights(), Rates.load(em), today);
    }

    private Matchmaker.StateFacts facts(UUID stateId) {
        return facts(registry.state(new StateId(stateId)).orElse(null));
    }

    private static Matchmaker.StateFacts facts(StateView state) {
        return state == null ? null : new Matchmaker.StateFacts(
                state.subregion() == null ? null : state.subregion().name(), Boolean.TRUE.equals(state.developing()));
    }

    @Override
    public MatchView proposeMatch(MatchProposal proposal) {
        Caller caller = member();
        if (proposal == null || proposal.needId() == null || proposal.offerId() == null) {
            throw new ValidationException("needId", "required");
        }
        Offer offer = visibleOffer(proposal.offerId());
        if (!caller.isStaff() && !(caller.has(Role.DONOR) && caller.mayActForOrganisation(offer.organisationId()))) {
            throw new AccessDeniedException("staff or the offering donor propose matches");
        }
        Need need = visibleNeed(proposal.needId());
        if (!NeedStatus.MATCHABLE.contains(need.status())) {
            throw new ValidationException("needId", "match.needNotOpen", need.status());
        }
        if (!OfferStatus.MATCHABLE.contains(offer.status())) {
            throw new ValidationException("offerId", "match.offerNotOpen", offer.status());
        }
        Matchmaker matchmaker = matchmaker();
        NeedProfile needProfile = Matchmaker.profile(need, facts(need.stateId()));
        OfferProfile offerProfile = Matchmaker.profile(offer);
        Optional<Candidate> evaluated = matchmaker.evaluate(needProfile, offerProfile);
        if (evaluated.isEmpty()) {
            throw new ValidationException("offerId", "match.excluded");
        }
        boolean pendingPair = em.createNamedQuery("Match.ofNeed", Match.class).setParameter("need", need.id())
                .getResultStream().anyMatch(m -> m.offerId().equals(offer.id()) && m.status().isPending());
        if (pendingPair) {
            throw new ValidationException("offerId", "match.duplicate");
        }
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
        List<FieldError> errors = new ArrayList<>();
        quantities.forEach((code, quantity) -> {
            Optional<NeedLine> needLine = need.line(code);
            Optional<OfferLine> offerLine = offer.line(code);
            if (quantity == null || quantity < 1) {
                errors.add(FieldError.of("lines", "quantity.range", Need.MAX_QUANTITY));
            } else if (needLine.isEmpty()) {
                errors.add(FieldError.of("lines", "match.notRequested", code));
            } else if (offerLine.isEmpty()) {
                errors.add(FieldError.of("lines", "match.notOffered", code));
            } else if (quantity > offerLine.get().remaining()) {
                errors.add(FieldError.of("lines", "match.overCommitted", code, offerLine.get().remaining()));
            } else if (quantity > needLine.get().quantity()) {
                errors.add(FieldError.of("lines", "match.alreadyCovered", code, needLine.get().remaining()));
            }
        });
        BigDecimal amount = proposal.fundingAmount();
        if (amount != null && (amount.signum() < 0 || amount.compareTo(offer.remainingBudget()) > 0)) {
            errors.add(FieldError.of("fundingAmount", "match.overBudget", offer.remainingBudget(), offer.currency()));
        }
        if (quantities.isEmpty() && (amount == null || amount.signum() == 0)) {
            errors.add(FieldError.of("lines", "match.empty"));
        }
        if (proposal.note() != null && proposal.note().trim().length() > Need.TEXT_MAX) {
            errors.add(FieldError.of("note", "tooLong", Need.TEXT_MAX));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Match match = new Match(MatchId.random(), NeedId.of(need.id()), OfferId.of(offer.id()), quantities,
                amount == null || amount.signum() == 0 ? null : amount, offer.currency(), proposal.note(),
                evaluated.get().total(), caller.username(), Instant.now());
        em.persist(match);
        em.flush();
        notify("assistance.match.proposed", Audience.focalPointsOf(need.stateId()).and(caller.isStaff()
                        ? Audience.donorsOf(offer.organisationId()) : Audience.staff()),
                "notify.assistance.matchProposed", match, need.title(), offer.title());
        return view(match, need, offer);
    }

    @Override
    public List<MatchView> matches(Optional<NeedId> need, Optional<OfferId> offer, Optional<MatchStatus> status) {
        Caller caller = member();
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
                .map(row -> ((Match) row[0]).view((Need) row[1], (Offer) row[2])).toList();
    }

    @Override
    public MatchView match(MatchId id) {
        Match match = loadMatch(id);
        Need need = em.find(Need.class, match.needId());
        Offer offer = em.find(Offer.class, match.offerId());
        requireParty(callers.current(), need, offer);
        return view(match, need, offer);
    }

    @Override
    public MatchView acceptAsRecipient(MatchId id, long expectedVersion) {
        Match match = loadMatch(id);
        Need need = em.find(Need.class, match.needId());
        Offer offer = em.find(Offer.class, match.offerId());
        Caller caller = callers.current();
        // consent on both sides: the State's own focal point accepts, not staff on its behalf
        if (!caller.isFocalPointOf(need.stateId()) && !caller.isSystem()) {
            throw new AccessDeniedException("the recipient State's focal point accepts");
        }
        VersionConflictException.check(MATCH, match.id(), expectedVersion, match.version());
        match.acceptAsRecipient(caller.username(), Instant.now());
        em.flush();
        notify("assistance.match.accepted", Audience.donorsOf(offer.organisationId()).and(Audience.staff()),
                "notify.assistance.matchRecipientAccepted", match, need.title(), offer.title());
        return view(match, need, offer);
    }

    @Override
    public MatchView acceptAsDonor(MatchId id, long expectedVersion) {
        Match match = loadMatch(id);
        Need need = em.find(Need.class, match.needId());
        Offer offer = em.find(Offer.class, match.offerId());
        Caller caller = callers.current();
        if (!caller.isSystem() && !(caller.has(Role.DONOR) && caller.mayActForOrganisation(offer.organisationId()))) {
            throw new AccessDeniedException("the offering donor accepts");
        }
        VersionConflictException.check(MATCH, match.id(), expectedVersion, match.version());
        match.acceptAsDonor(caller.username(), Instant.now());
        em.flush();
        notify("assistance.match.accepted", Audience.staff().and(Audience.focalPointsOf(need.stateId())),
                "notify.assistance.matchDonorAccepted", match, need.title(), offer.title());
        return view(match, need, offer);
    }

    @Override
    public MatchView confirmMatch(MatchId id, long expectedVersion) {
        callers.current().requireStaff();
        Match found = loadMatch(id);
        // Lock order offer → need → match, the same for every confirmation: concurrent confirmations of matches
        // drawing on the same offer (or covering the same need) queue here and each sees the other's commitment.
        Offer offer = em.find(Offer.class, found.offerId(), LockModeType.PESSIMISTIC_WRITE);
        Need need = em.find(Need.class, found.needId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(found, LockModeType.PESSIMISTIC_WRITE);
        Match match = found;
        VersionConflictException.check(MATCH, match.id(), expectedVersion, match.version());
        if (!NeedStatus.MATCHABLE.contains(need.status())) {
            throw new ValidationException("needId", "match.needNotOpen", need.status());
        }
        if (!OfferStatus.MATCHABLE.contains(offer.status())) {
            throw new ValidationException("offerId", "match.offerNotOpen", offer.status());
        }
        if (offer.validTo() != null && offer.validTo().isBefore(LocalDate.now())) {
            throw new ValidationException("offerId", "offer.validityOver");
        }
        match.confirm(callers.current().username(), Instant.now());
        Map<String, Integer> quantities = match.quantities();
        offer.commit(quantities, match.fundingAmount());
        offersChanged(offer);
        need.cover(quantities, LocalDate.now());
        em.flush();
        matchConfirmed.fire(new ProjectMatchConfirmed(UUID.fromString(match.id())));
        notify("assistance.match.confirmed", Audience.focalPointsOf(need.stateId())
                        .and(Audience.donorsOf(offer.organisationId())), "notify.assistance.matchConfirmed", match,
                need.title(), offer.title());
        return view(match, need, offer);
    }

    @Override
    public MatchView declineMatch(MatchId id, String reason, long expectedVersion) {
        Match match = loadMatch(id);
        Need need = em.find(Need.class, match.needId());
        Offer offer = em.find(Offer.class, match.offerId());
        Caller caller = callers.current();
        boolean recipient = caller.has(Role.FOCAL_POINT) && caller.mayActForState(need.stateId());
        boolean donor = caller.has(Role.DONOR) && caller.mayActForOrganisation(offer.organisationId());
        if (!caller.isStaff() && !recipient && !donor) {
            throw new AccessDeniedException("only the parties or staff decline");
        }
        VersionConflictException.check(MATCH, match.id(), expectedVersion, match.version());
        match.close(caller.isStaff() ? MatchStatus.CANCELLED : MatchStatus.DECLINED, caller.username(), reason,
                Instant.now());
        em.flush();
        notify("assistance.match.declined", Audience.focalPointsOf(need.stateId())
                        .and(Audience.donorsOf(offer.organisationId())).and(Audience.staff()),
                "notify.assistance.matchDeclined", match, need.title(), offer.title());
        return view(match, need, offer);
    }

    private void closePending(Collection<Match> matches, String reason) {
        String by = callers.current().username();
        for (Match match : matches) {
            if (match.status().isPending()) {
                match.close(MatchStatus.CANCELLED, by, reason, Instant.now());
            }
        }
    }

    /** The view with warnings: quantity the need already has covered, or other pending matches also ask for. */
    private MatchView view(Match match, Need need, Offer offer) {
        MatchView view = match.view(need, offer);
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
        return new MatchView(view.id(), view.needId(), view.needTitle(), view.stateId(), view.offerId(),
                view.offerTitle(), view.organisationId(), view.status(), view.score(), view.lines(),
                view.fundingAmount(), view.currency(), view.note(), view.proposedBy(), view.proposedAt(),
                view.recipientBy(), view.recipientAt(), view.donorBy(), view.donorAt(), view.confirmedBy(),
                view.confirmedAt(), view.closedBy(), view.closedAt(), view.closeReason(), view.version(), warnings);
    }

    private static void requireParty(Caller caller, Need need, Offer offer) {
        if (caller.isStaff() || (caller.has(Role.FOCAL_POINT) && caller.mayActForState(need.stateId()))
                || (caller.has(Role.DONOR) && caller.mayActForOrganisation(offer.organisationId()))) {
            return;
        }
        throw new NotFoundException(MATCH, "?");
    }

    // =================================================================== gap dashboard

    private static final Set<NeedStatus> GAP_NEEDS = Set.of(NeedStatus.PUBLISHED, NeedStatus.PARTIALLY_MATCHED,
            NeedStatus.MATCHED, NeedStatus.IN_PROJECT, NeedStatus.FULFILLED);

    /** One need's or offer's figures for the dashboard, and the currencies its dollar sums had to leave out. */
    private record Figures(UUID owner, Set<String> themes, long quantity, long done, BigDecimal usd,
                           BigDecimal doneUsd, Set<String> missingRates) {
    }

    /** The currency of an amount that has no exchange rate, as a set of none or one. */
    private static Set<String> missing(Rates rates, BigDecimal amount, String currency) {
        return rates.converts(amount, currency) ? Set.of() : Set.of(currency);
    }

    private List<Figures> needFigures(Rates rates) {
        Caller caller = member();
        Map<String, long[]> lines = lineSums("SELECT l.need.id, SUM(l.quantity), SUM(l.done) FROM NeedLine l"
                + " GROUP BY l.need.id");
        Map<String, BigDecimal> funded = new HashMap<>();
        Map<String, Set<String>> fundedMissing = new HashMap<>();
        em.createQuery("SELECT m.needId, m.fundingAmount, m.currency FROM Match m WHERE m.status = :confirmed"
                        + " AND m.fundingAmount IS NOT NULL", Object[].class)
                .setParameter("confirmed", MatchStatus.CONFIRMED).getResultStream()
                .forEach(row -> {
                    funded.merge((String) row[0], rates.usd((BigDecimal) row[1], (String) row[2]), BigDecimal::add);
                    missing(rates, (BigDecimal) row[1], (String) row[2]).forEach(c -> fundedMissing
                            .computeIfAbsent((String) row[0], k -> new java.util.TreeSet<>()).add(c));
                });
        return em.createQuery("SELECT n FROM Need n WHERE n.status IN :statuses", Need.class)
                .setParameter("statuses", GAP_NEEDS).getResultStream()
                .filter(n -> caller.isStaff() || n.confidentiality() == Confidentiality.NETWORK)
                .map(n -> {
                    long[] sums = lines.getOrDefault(n.id(), new long[2]);
                    BigDecimal cost = rates.usd(n.estimatedCost(), n.currency());
                    BigDecimal done = funded.containsKey(n.id()) ? funded.get(n.id())
                            : sums[0] == 0 ? (n.status() == NeedStatus.PUBLISHED ? BigDecimal.ZERO : cost)
                            : cost.multiply(BigDecimal.valueOf(sums[1])).divide(BigDecimal.valueOf(sums[0]), 2,
                            java.math.RoundingMode.HALF_UP);
                    Set<String> left = new java.util.TreeSet<>(missing(rates, n.estimatedCost(), n.currency()));
                    left.addAll(fundedMissing.getOrDefault(n.id(), Set.of()));
                    return new Figures(n.stateId(), n.themes(), sums[0], sums[1], cost, done, left);
                }).toList();
    }

    private List<Figures> offerFigures(Rates rates) {
        Map<String, long[]> lines = lineSums("SELECT l.offer.id, SUM(l.quantity), SUM(l.done) FROM OfferLine l"
                + " GROUP BY l.offer.id");
        return em.createQuery("SELECT o FROM Offer o WHERE o.status IN :statuses", Offer.class)
                .setParameter("statuses", Set.of(OfferStatus.PUBLISHED, OfferStatus.PARTIALLY_COMMITTED,
                        OfferStatus.FULLY_COMMITTED)).getResultStream()
                .map(o -> {
                    long[] sums = lines.getOrDefault(o.id(), new long[2]);
                    return new Figures(o.organisationId(), o.themes(), sums[0], sums[1],
                            rates.usd(o.budget(), o.currency()), BigDecimal.ZERO, missing(rates, o.budget(),
                            o.currency()));
                }).toList();
    }

    private Map<String, long[]> lineSums(String jpql) {
        Map<String, long[]> sums = new HashMap<>();
        em.createQuery(jpql, Object[].class).getResultStream().forEach(row -> sums.put((String) row[0],
                new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()}));
        return sums;
    }

    @Override
    public List<GapRow> gapByTheme() {
        Rates rates = Rates.load(em);
        List<Figures> needs = needFigures(rates);
        List<Figures> offers = offerFigures(rates);
        List<GapRow> rows = new ArrayList<>();
        for (TermView theme : reference.terms(TermKind.THEME, false)) {
            String code = theme.code();
            List<Figures> n = needs.stream().filter(f -> f.themes().contains(code)).toList();
            List<Figures> o = offers.stream().filter(f -> f.themes().contains(code)).toList();
            if (n.isEmpty() && o.isEmpty()) {
                continue;
            }
            rows.add(row(code, n, o));
        }
        return rows;
    }

    @Override
    public List<GapRow> gapByState() {
        Rates rates = Rates.load(em);
        Map<UUID, List<Figures>> needs = needFigures(rates).stream().collect(Collectors.groupingBy(Figures::owner));
        Map<UUID, List<Figures>> offered = offeredToStates(rates).stream()
                .collect(Collectors.groupingBy(Figures::owner));
        return needs.entrySet().stream()
                .map(e -> row(e.getKey().toString(), e.getValue(), offered.getOrDefault(e.getKey(), List.of())))
                .sorted(java.util.Comparator.comparing(GapRow::requestedUsd).reversed()).toList();
    }

    /**
     * Offers are not made to one State, so what a State has been offered is what donors have put forward against its
     * needs: every live or confirmed match, its quantities and its funding amount (or, without one, the matched
     * share of the need's estimated cost).
     */
    private List<Figures> offeredToStates(Rates rates) {
        Caller caller = member();
        Map<String, long[]> lines = lineSums("SELECT l.need.id, SUM(l.quantity), SUM(l.done) FROM NeedLine l"
                + " GROUP BY l.need.id");
        return em.createQuery("SELECT m, n FROM Match m, Need n WHERE n.id = m.needId AND m.status IN :live"
                        + " AND n.status IN :statuses", Object[].class)
                .setParameter("live", LIVE).setParameter("statuses", GAP_NEEDS).getResultStream()
                .filter(row -> caller.isStaff() || ((Need) row[1]).confidentiality() == Confidentiality.NETWORK)
                .map(row -> {
                    Match m = (Match) row[0];
                    Need n = (Need) row[1];
                    long quantity = m.quantities().values().stream().mapToLong(Integer::longValue).sum();
                    long needed = lines.getOrDefault(n.id(), new long[2])[0];
                    BigDecimal usd = m.fundingAmount() != null ? rates.usd(m.fundingAmount(), m.currency())
                            : needed == 0 ? BigDecimal.ZERO
                            : rates.usd(n.estimatedCost(), n.currency()).multiply(BigDecimal.valueOf(quantity))
                            .divide(BigDecimal.valueOf(needed), 2, java.math.RoundingMode.HALF_UP);
                    Set<String> left = m.fundingAmount() != null ? missing(rates, m.fundingAmount(), m.currency())
                            : missing(rates, n.estimatedCost(), n.currency());
                    return new Figures(n.stateId(), n.themes(), quantity, 0, usd, BigDecimal.ZERO, left);
                }).toList();
    }

    private static GapRow row(String key, List<Figures> needs, List<Figures> offers) {
        return new GapRow(key, needs.stream().mapToLong(Figures::quantity).sum(),
                offers.stream().mapToLong(Figures::quantity).sum(), needs.stream().mapToLong(Figures::done).sum(),
                needs.stream().map(Figures::usd).reduce(BigDecimal.ZERO, BigDecimal::add),
                offers.stream().map(Figures::usd).reduce(BigDecimal.ZERO, BigDecimal::add),
                needs.stream().map(Figures::doneUsd).reduce(BigDecimal.ZERO, BigDecimal::add),
                java.util.stream.Stream.concat(needs.stream(), offers.stream())
                        .flatMap(f -> f.missingRates().stream()).distinct().sorted().toList());
    }

    @Override
    public List<AgeBucket> unmatchedByAge() {
        Caller caller = member();
        LocalDate today = LocalDate.now();
        int[][] spans = {{0, 3}, {3, 6}, {6, 12}, {12, 24}, {24, -1}};
        long[] counts = new long[spans.length];
        em.createQuery("SELECT n FROM Need n WHERE n.status = :published", Need.class)
                .setParameter("published", NeedStatus.PUBLISHED).getResultStream()
                .filter(n -> caller.isStaff() || n.confidentiality() == Confidentiality.NETWORK)
                .filter(n -> n.publishedOn() != null).forEach(n -> {
                    long months = java.time.temporal.ChronoUnit.MONTHS.between(n.publishedOn(), today);
                    for (int i = 0; i < spans.length; i++) {
                        if (months >= spans[i][0] && (spans[i][1] < 0 || months < spans[i][1])) {
                            counts[i]++;
                            break;
                        }
                    }
                });
        List<AgeBucket> buckets = new ArrayList<>();
        for (int i = 0; i < spans.length; i++) {
            buckets.add(new AgeBucket(spans[i][0], spans[i][1] < 0 ? null : spans[i][1], counts[i]));
        }
        return buckets;
    }

    // =================================================================== helpers

    private Caller member() {
        Caller caller = callers.current();
        if (!caller.isNetworkMember()) {
            throw new AccessDeniedException("assistance is for network members");
        }
        return caller;
    }

    private Need loadNeed(NeedId id) {
        Need need = id == null ? null : em.find(Need.class, id.toString());
        if (need == null) {
            throw new NotFoundException(NEED, String.valueOf(id));
        }
        return need;
    }

    /** Staff see every need; the State's focal points their own; others what is published to them. */
    private boolean maySee(Need need, Caller caller) {
        if (caller.isStaff() || (caller.has(Role.FOCAL_POINT) && caller.mayActForState(need.stateId()))) {
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
    private Need visibleNeed(NeedId id) {
        Caller caller = member();
        Need need = loadNeed(id);
        if (!maySee(need, caller)) {
            throw new NotFoundException(NEED, id.toString());
        }
        return need;
    }

    /** A need the caller may change: their own State's, or any for staff. */
    private Need ownNeed(NeedId id) {
        Caller caller = member();
        Need need = visibleNeed(id);
        if (!caller.mayActForState(need.stateId())) {
            throw new AccessDeniedException("only the State's focal points and staff change a need");
        }
        return need;
    }

    private Offer loadOffer(OfferId id) {
        Offer offer = id == null ? null : em.find(Offer.class, id.toString());
        if (offer == null) {
            throw new NotFoundException(OFFER, String.valueOf(id));
        }
        return offer;
    }

    private Offer visibleOffer(OfferId id) {
        Caller caller = member();
        Offer offer = loadOffer(id);
        if (!caller.mayActForOrganisation(offer.organisationId()) && !OfferStatus.VISIBLE.contains(offer.status())) {
            throw new NotFoundException(OFFER, id.toString());
        }
        return offer;
    }

    private Offer ownOffer(OfferId id) {
        Caller caller = member();
        Offer offer = visibleOffer(id);
        if (!caller.mayActForOrganisation(offer.organisationId())) {
            throw new AccessDeniedException("only the organisation's donors and staff change an offer");
        }
        return offer;
    }

    private Match loadMatch(MatchId id) {
        member();
        Match match = id == null ? null : em.find(Match.class, id.toString());
        if (match == null) {
            throw new NotFoundException(MATCH, String.valueOf(id));
        }
        return match;
    }

    private String stateName(UUID state) {
        return registry.state(new StateId(state)).map(s -> s.name().en()).orElse(state.toString());
    }

    private void notify(String topic, Audience audience, String key, Object subject, Object... args) {
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
}
