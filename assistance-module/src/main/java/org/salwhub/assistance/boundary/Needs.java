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
import java.util.Set;
import java.util.stream.Collectors;
import org.salwhub.assistance.api.AssistanceReferenceFacade;
import org.salwhub.assistance.api.Confidentiality;
import org.salwhub.assistance.api.NeedDraft;
import org.salwhub.assistance.api.NeedId;
import org.salwhub.assistance.api.NeedQuery;
import org.salwhub.assistance.api.NeedStatus;
import org.salwhub.assistance.api.NeedView;
import org.salwhub.assistance.api.Priority;
import org.salwhub.assistance.api.TermKind;
import org.salwhub.assistance.api.TermView;
import org.salwhub.assistance.control.AssistancePolicy;
import org.salwhub.assistance.control.Matchmaker;
import org.salwhub.assistance.entity.CodeList;
import org.salwhub.assistance.entity.Match;
import org.salwhub.assistance.entity.Need;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.directory.Page;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.Role;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.kernel.VersionConflictException;
import org.salwhub.registry.api.notify.Audience;
import org.salwhub.registry.api.reporting.DeclaredNeedId;
import org.salwhub.registry.api.reporting.DeclaredNeedView;
import org.salwhub.registry.api.reporting.NationalReportView;
import org.salwhub.registry.api.reporting.NationalReportsFacade;

/** Needs: who sees which, a State filing and revising its own, staff reviewing, publishing and moving them on. */
@Dependent
public class Needs {

    private static final String NEED = "Need";

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    AssistanceRecords records;

    @Inject
    DuplicateFunding warnings;

    @Inject
    RegistryFacade registry;

    @Inject
    AssistanceReferenceFacade reference;

    @Inject
    NationalReportsFacade reports;

    Page<NeedView> needs(NeedQuery query) {
        Caller caller = records.member();
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
                params.put("live", AssistanceRecords.LIVE);
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
                .setMaxResults(Math.min(Math.max(1, q.max()), 1000)).getResultStream()
                .map(n -> permitted(n.view(), caller)).toList();
        return new Page<>(items, count.getSingleResult());
    }

    NeedView need(NeedId id) {
        Need need = records.visibleNeed(id);
        return view(need, callers.current());
    }

    NeedView createNeed(NeedDraft draft) {
        Caller caller = records.member();
        if (draft == null) {
            throw new ValidationException("title", "required");
        }
        if (draft.stateId() == null) {
            throw new ValidationException("stateId", "required");
        }
        StateView state = registry.state(new StateId(draft.stateId()))
                .orElseThrow(() -> new ValidationException("stateId", "state.unknown"));
        if (!AssistancePolicy.actsForState(caller, draft.stateId())) {
            throw new AccessDeniedException("a focal point files needs for their own State only");
        }
        if (!state.commissionMember()) {
            throw new ValidationException("stateId", "scope.notMemberState");
        }
        NeedDraft complete = draft.languages().isEmpty() ? withLanguages(draft, Matchmaker.languagesOf(state.iso2()))
                : draft;
        validate(complete);
        Need need = new Need(NeedId.random(), complete, caller.username(), records.now());
        em.persist(need);
        em.flush();
        return view(need, caller);
    }

    NeedView draftFromDeclaredNeed(DeclaredNeedId id) {
        records.member().requireStaff();
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

    NeedView updateNeed(NeedId id, NeedDraft draft, long expectedVersion) {
        Need need = records.ownNeed(id);
        Caller caller = callers.current();
        if (!AssistancePolicy.mayEditIn(caller, need.status())) {
            throw new ValidationException("status", "need.notEditable", need.status());
        }
        if (draft == null) {
            throw new ValidationException("title", "required");
        }
        validate(draft);
        VersionConflictException.check(NEED, need.id(), expectedVersion, need.version());
        need.describe(draft);
        em.flush();
        return view(need, caller);
    }

    NeedView submitNeed(NeedId id, long expectedVersion) {
        Need need = records.ownNeed(id);
        VersionConflictException.check(NEED, need.id(), expectedVersion, need.version());
        Set<String> equipment = records.codes(TermKind.EQUIPMENT_TYPE);
        need.submit(equipment::contains, records.today());
        em.flush();
        records.notify("assistance.need.submitted", Audience.staff(), "notify.assistance.needSubmitted", need,
                need.title(), records.stateName(need.stateId()));
        return view(need, callers.current());
    }

    NeedView returnNeed(NeedId id, String comment, long expectedVersion) {
        callers.current().requireStaff();
        Need need = records.loadNeed(id);
        Need.requireReturnComment(comment);
        VersionConflictException.check(NEED, need.id(), expectedVersion, need.version());
        need.returnWith(comment, records.today());
        em.flush();
        records.notify("assistance.need.returned", Audience.focalPointsOf(need.stateId()),
                "notify.assistance.needReturned", need, need.title(), comment.trim());
        return view(need, callers.current());
    }

    NeedView validateNeed(NeedId id, long expectedVersion) {
        return staffMoves(id, NeedStatus.VALIDATED, expectedVersion);
    }

    NeedView publishNeed(NeedId id, long expectedVersion) {
        NeedView view = staffMoves(id, NeedStatus.PUBLISHED, expectedVersion);
        Need need = records.loadNeed(id);
        records.notify("assistance.need.published", Audience.focalPointsOf(need.stateId()),
                "notify.assistance.needPublished", need, need.title());
        return view;
    }

    NeedView startProject(NeedId id, long expectedVersion) {
        return staffMoves(id, NeedStatus.IN_PROJECT, expectedVersion);
    }

    NeedView fulfilNeed(NeedId id, long expectedVersion) {
        return staffMoves(id, NeedStatus.FULFILLED, expectedVersion);
    }

    private NeedView staffMoves(NeedId id, NeedStatus target, long expectedVersion) {
        callers.current().requireStaff();
        Need need = records.loadNeed(id);
        VersionConflictException.check(NEED, need.id(), expectedVersion, need.version());
        need.moveTo(target, records.today());
        em.flush();
        return view(need, callers.current());
    }

    NeedView withdrawNeed(NeedId id, String reason, long expectedVersion) {
        Need need = records.ownNeed(id);
        VersionConflictException.check(NEED, need.id(), expectedVersion, need.version());
        need.moveTo(NeedStatus.WITHDRAWN, records.today());
        records.closePending(em.createNamedQuery("Match.ofNeed", Match.class).setParameter("need", need.id())
                .getResultList(), reason == null || reason.isBlank() ? "need withdrawn" : reason);
        em.flush();
        return view(need, callers.current());
    }

    /** The need as the caller sees it: the duplicate warnings for its State and staff, and what the caller may do. */
    private NeedView view(Need need, Caller caller) {
        return permitted(warnings.withWarnings(need, caller), caller);
    }

    private static NeedView permitted(NeedView view, Caller caller) {
        return view.withPermissions(AssistancePolicy.forNeed(caller, view));
    }

    private void validate(NeedDraft draft) {
        List<FieldError> errors = new ArrayList<>(Need.check(draft));
        errors.addAll(records.unknownCodes(draft.themes(), draft.assistanceTypes(), draft.lines()));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
