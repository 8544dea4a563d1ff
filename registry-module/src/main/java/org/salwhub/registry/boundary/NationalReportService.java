package org.salwhub.registry.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.kernel.VersionConflictException;
import org.salwhub.registry.api.reporting.DeclaredNeedId;
import org.salwhub.registry.api.reporting.DeclaredNeedView;
import org.salwhub.registry.api.reporting.NationalReportId;
import org.salwhub.registry.api.reporting.NationalReportView;
import org.salwhub.registry.api.reporting.NationalReportsFacade;
import org.salwhub.registry.api.reporting.NeedEntry;
import org.salwhub.registry.api.reporting.ReportEntry;
import org.salwhub.registry.api.reporting.ReportInstrument;
import org.salwhub.registry.api.reporting.ReportingChanged;
import org.salwhub.registry.api.reporting.ReportingCycleId;
import org.salwhub.registry.api.reporting.ReportingCycleView;
import org.salwhub.registry.api.reporting.ReportingRate;
import org.salwhub.registry.control.DirectoryScope;
import org.salwhub.registry.control.ReportingGroups;
import org.salwhub.registry.entity.DeclaredNeed;
import org.salwhub.registry.entity.NationalReport;
import org.salwhub.registry.entity.ReportingCycle;
import org.salwhub.registry.entity.State;

/** National reports' boundary: every read and change is checked against the caller's scope here. */
@Stateless
public class NationalReportService implements NationalReportsFacade {

    private static final String REPORT = "NationalReport";
    private static final String NEED = "DeclaredNeed";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CallerContext callers;

    @Inject
    Event<ReportingChanged> changes;

    // ------------------------------------------------------------------ cycles

    @Override
    public List<ReportingCycleView> cycles() {
        requireMember();
        return allCycles().stream().map(ReportingCycle::view).toList();
    }

    @Override
    public Optional<ReportingCycleView> currentCycle() {
        requireMember();
        return ReportingCycle.current(allCycles(), LocalDate.now(clock), GRACE_MONTHS).map(ReportingCycle::view);
    }

    @Override
    public Optional<ReportingCycleView> cycle(ReportingCycleId id) {
        requireMember();
        return Optional.ofNullable(id == null ? null : em.find(ReportingCycle.class, id.toString()))
                .map(ReportingCycle::view);
    }

    @Override
    public Optional<ReportingCycleView> cycleByCode(String code) {
        requireMember();
        if (code == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("ReportingCycle.byCode", ReportingCycle.class).setParameter("code", code.trim())
                .getResultStream().findFirst().map(ReportingCycle::view);
    }

    // ------------------------------------------------------------------ reports

    @Override
    public List<NationalReportView> reportsOf(StateId state) {
        requireMember();
        List<Object[]> rows = em.createQuery("SELECT r, c FROM NationalReport r, ReportingCycle c"
                        + " WHERE c.id = r.cycleId AND r.stateId = :state ORDER BY c.deadline DESC", Object[].class)
                .setParameter("state", state.toString()).getResultStream()
                // PoA before ITI within a cycle: the enum's order, not the alphabet's
                .sorted(java.util.Comparator.comparing((Object[] row) -> ((ReportingCycle) row[1]).deadline()).reversed()
                        .thenComparing(row -> ((NationalReport) row[0]).instrument()))
                .toList();
        Map<String, Integer> needs = needCounts(rows.stream().map(row -> ((NationalReport) row[0]).id()).toList());
        return rows.stream().map(row -> {
            NationalReport report = (NationalReport) row[0];
            return report.view(((ReportingCycle) row[1]).code(), needs.getOrDefault(report.id(), 0));
        }).toList();
    }

    @Override
    public Optional<NationalReportView> report(NationalReportId id) {
        requireMember();
        return Optional.ofNullable(id == null ? null : em.find(NationalReport.class, id.toString())).map(this::view);
    }

    @Override
    public NationalReportView saveReport(StateId stateId, ReportingCycleId cycleId, ReportInstrument instrument,
                                         ReportEntry entry, Long expectedVersion) {
        List<FieldError> missing = new ArrayList<>();
        if (stateId == null) {
            missing.add(FieldError.of("stateId", "required"));
        }
        if (cycleId == null) {
            missing.add(FieldError.of("cycleId", "required"));
        }
        if (instrument == null) {
            missing.add(FieldError.of("instrument", "required"));
        }
        if (entry == null) {
            missing.add(FieldError.of("submitted", "required"));
        }
        throwIfAny(missing);
        State state = load(State.class, stateId.toString(), "State");
        checkScope(stateId.value());
        ReportingCycle cycle = load(ReportingCycle.class, cycleId.toString(), "ReportingCycle");
        List<FieldError> errors = new ArrayList<>(NationalReport.check(entry, LocalDate.now(clock)));
        if (!state.view().commissionMember()) {
            errors.add(0, FieldError.of("stateId", "scope.notMemberState"));
        }
        throwIfAny(errors);
        NationalReport report = em.createNamedQuery("NationalReport.find", NationalReport.class)
                .setParameter("state", stateId.toString()).setParameter("cycle", cycleId.toString())
                .setParameter("instrument", instrument).getResultStream().findFirst().orElse(null);
        boolean created = report == null;
        if (created) {
            report = new NationalReport(NationalReportId.random(), stateId.value(), cycleId, instrument);
        } else {
            // no version: the caller saw no report, but someone recorded one meanwhile
            VersionConflictException.check(REPORT, report.id(), expectedVersion == null ? 0 : expectedVersion,
                    report.version());
        }
        report.record(entry);
        if (created) {
            em.persist(report);
        }
        em.flush();
        fire(ReportingChanged.Kind.REPORT, report.id(), report,
                created ? ReportingChanged.Change.CREATED : ReportingChanged.Change.UPDATED);
        return report.view(cycle.code(), created ? 0 : needCounts(List.of(report.id())).getOrDefault(report.id(), 0));
    }

    @Override
    public boolean mayRecord(StateId state) {
        return state != null && callers.current().mayActForState(state.value());
    }

    // ------------------------------------------------------------------ declared needs

    @Override
    public List<DeclaredNeedView> declaredNeeds(NationalReportId reportId) {
        requireMember();
        NationalReport report = load(NationalReport.class, reportId == null ? null : reportId.toString(), REPORT);
        String code = cycleCode(report);
        return em.createNamedQuery("DeclaredNeed.ofReport", DeclaredNeed.class).setParameter("report", report.id())
                .getResultStream().map(need -> need.view(report, code)).toList();
    }

    @Override
    public DeclaredNeedView addDeclaredNeed(NationalReportId reportId, NeedEntry entry) {
        NationalReport report = load(NationalReport.class, reportId == null ? null : reportId.toString(), REPORT);
        checkScope(report.stateId());
        validate(entry);
        Integer last = em.createQuery("SELECT MAX(n.sortOrder) FROM DeclaredNeed n WHERE n.reportId = :report",
                Integer.class).setParameter("report", report.id()).getSingleResult();
        DeclaredNeed need = new DeclaredNeed(DeclaredNeedId.random(), NationalReportId.of(report.id()),
                last == null ? 1 : last + 1, entry);
        em.persist(need);
        em.flush();
        fire(ReportingChanged.Kind.DECLARED_NEED, need.id(), report, ReportingChanged.Change.CREATED);
        return need.view(report, cycleCode(report));
    }

    @Override
    public DeclaredNeedView updateDeclaredNeed(DeclaredNeedId id, NeedEntry entry, long expectedVersion) {
        DeclaredNeed need = load(DeclaredNeed.class, id == null ? null : id.toString(), NEED);
        NationalReport report = em.find(NationalReport.class, need.reportId());
        checkScope(report.stateId());
        validate(entry);
        VersionConflictException.check(NEED, need.id(), expectedVersion, need.version());
        need.describe(entry);
        em.flush();
        fire(ReportingChanged.Kind.DECLARED_NEED, need.id(), report, ReportingChanged.Change.UPDATED);
        return need.view(report, cycleCode(report));
    }

    @Override
    public void removeDeclaredNeed(DeclaredNeedId id, long expectedVersion) {
        DeclaredNeed need = load(DeclaredNeed.class, id == null ? null : id.toString(), NEED);
        NationalReport report = em.find(NationalReport.class, need.reportId());
        checkScope(report.stateId());
        if (!need.isOpen()) {
            throw new ValidationException("draftNeedId", "need.linked");
        }
        VersionConflictException.check(NEED, need.id(), expectedVersion, need.version());
        em.remove(need);
        em.flush();
        fire(ReportingChanged.Kind.DECLARED_NEED, need.id(), report, ReportingChanged.Change.REMOVED);
    }

    @Override
    public List<DeclaredNeedView> openDeclaredNeeds() {
        requireMember();
        Map<String, String> codes = new HashMap<>();
        allCycles().forEach(c -> codes.put(c.id(), c.code()));
        return em.createQuery("SELECT n, r FROM DeclaredNeed n, NationalReport r WHERE r.id = n.reportId"
                        + " AND n.draftNeedId IS NULL AND r.submitted = TRUE"
                        + " ORDER BY r.submittedOn, r.stateId, n.sortOrder", Object[].class)
                .getResultStream().map(row -> {
                    NationalReport report = (NationalReport) row[1];
                    return ((DeclaredNeed) row[0]).view(report, codes.get(report.cycleId()));
                }).toList();
    }

    @Override
    public DeclaredNeedView linkDraftNeed(DeclaredNeedId id, UUID draftNeedId) {
        callers.current().requireStaff();
        if (draftNeedId == null) {
            throw new ValidationException("draftNeedId", "required");
        }
        DeclaredNeed need = load(DeclaredNeed.class, id == null ? null : id.toString(), NEED);
        NationalReport report = em.find(NationalReport.class, need.reportId());
        boolean linked;
        try {
            linked = need.linkTo(draftNeedId);
        } catch (IllegalStateException alreadyLinked) {
            throw new ValidationException("draftNeedId", "need.otherDraft");
        }
        if (linked) {
            em.flush();
            fire(ReportingChanged.Kind.DECLARED_NEED, need.id(), report, ReportingChanged.Change.LINKED);
        }
        return need.view(report, cycleCode(report));
    }

    // ------------------------------------------------------------------ reporting rate

    @Override
    public List<ReportingRate> reportingRate(ReportingCycleId cycleId, ReportInstrument instrument) {
        requireMember();
        Set<String> reported = reportedStates(cycleId, instrument);
        Map<String, int[]> groups = new TreeMap<>();
        for (StateView member : members()) {
            int[] counts = groups.computeIfAbsent(groupOf(member), key -> new int[2]);
            counts[0]++;
            if (reported.contains(member.id().toString())) {
                counts[1]++;
            }
        }
        return groups.entrySet().stream()
                .map(group -> ReportingRate.of(group.getKey(), group.getValue()[0], group.getValue()[1])).toList();
    }

    @Override
    public List<StateView> notReported(ReportingCycleId cycleId, ReportInstrument instrument) {
        callers.current().requireStaff();
        Set<String> reported = reportedStates(cycleId, instrument);
        return members().stream().filter(member -> !reported.contains(member.id().toString())).toList();
    }

    /** Today a lookup; the State's own subregion once {@code StateView} has it (see {@link ReportingGroups}). */
    @Override
    public String groupOf(StateView state) {
        return ReportingGroups.of(state);
    }

    // ------------------------------------------------------------------ helpers

    private Set<String> reportedStates(ReportingCycleId cycleId, ReportInstrument instrument) {
        List<FieldError> errors = new ArrayList<>();
        if (cycleId == null) {
            errors.add(FieldError.of("cycle", "required"));
        }
        if (instrument == null) {
            errors.add(FieldError.of("instrument", "required"));
        }
        throwIfAny(errors);
        load(ReportingCycle.class, cycleId.toString(), "ReportingCycle");
        return new HashSet<>(em.createNamedQuery("NationalReport.submittedStates", String.class)
                .setParameter("cycle", cycleId.toString()).setParameter("instrument", instrument).getResultList());
    }

    private List<StateView> members() {
        return em.createNamedQuery("State.members", State.class).getResultStream().map(State::view).toList();
    }

    private List<ReportingCycle> allCycles() {
        return em.createNamedQuery("ReportingCycle.all", ReportingCycle.class).getResultList();
    }

    private Map<String, Integer> needCounts(List<String> reportIds) {
        Map<String, Integer> counts = new HashMap<>();
        if (reportIds.isEmpty()) {
            return counts;
        }
        em.createQuery("SELECT n.reportId, COUNT(n) FROM DeclaredNeed n WHERE n.reportId IN :reports"
                        + " GROUP BY n.reportId", Object[].class)
                .setParameter("reports", reportIds).getResultStream()
                .forEach(row -> counts.put((String) row[0], ((Number) row[1]).intValue()));
        return counts;
    }

    private NationalReportView view(NationalReport report) {
        return report.view(cycleCode(report), needCounts(List.of(report.id())).getOrDefault(report.id(), 0));
    }

    private String cycleCode(NationalReport report) {
        ReportingCycle cycle = em.find(ReportingCycle.class, report.cycleId());
        return cycle == null ? null : cycle.code();
    }

    private void validate(NeedEntry entry) {
        if (entry == null) {
            throw new ValidationException("title", "required");
        }
        throwIfAny(DeclaredNeed.check(entry));
    }

    private void requireMember() {
        callers.current().requireNetworkMember("national reports are for network members");
    }

    /** Staff record for every State; a focal point only for their own. */
    private void checkScope(UUID state) {
        Caller caller = callers.current();
        if (!caller.mayActForState(state)) {
            throw new AccessDeniedException("outside the caller's scope");
        }
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private <T> T load(Class<T> type, String id, String name) {
        return DirectoryScope.load(em, type, id, name);
    }

    private void fire(ReportingChanged.Kind kind, String id, NationalReport report, ReportingChanged.Change change) {
        changes.fire(new ReportingChanged(kind, UUID.fromString(id), report.stateId(),
                UUID.fromString(report.cycleId()), change));
    }
}
