package org.salwhub.assistance.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.salwhub.assistance.api.project.AssetInput;
import org.salwhub.assistance.api.project.AssetLogEntry;
import org.salwhub.assistance.api.project.AssetView;
import org.salwhub.assistance.api.project.IatiImportResult;
import org.salwhub.assistance.api.project.IatiImportRow;
import org.salwhub.assistance.api.project.ProjectBudgetLine;
import org.salwhub.assistance.api.project.ProjectDashboard;
import org.salwhub.assistance.api.project.ProjectDeliverableInput;
import org.salwhub.assistance.api.project.ProjectDeliverableView;
import org.salwhub.assistance.api.project.ProjectDocumentFile;
import org.salwhub.assistance.api.project.ProjectDocumentUpload;
import org.salwhub.assistance.api.project.ProjectDraft;
import org.salwhub.assistance.api.project.ProjectFacade;
import org.salwhub.assistance.api.project.ProjectId;
import org.salwhub.assistance.api.project.ProjectIndicatorInput;
import org.salwhub.assistance.api.project.ProjectMilestoneInput;
import org.salwhub.assistance.api.project.ProjectMilestoneKind;
import org.salwhub.assistance.api.project.ProjectMoneyRow;
import org.salwhub.assistance.api.project.ProjectOverdueItem;
import org.salwhub.assistance.api.project.ProjectPermissions;
import org.salwhub.assistance.api.project.ProjectQuery;
import org.salwhub.assistance.api.project.ProjectStatus;
import org.salwhub.assistance.api.project.ProjectSummary;
import org.salwhub.assistance.api.project.ProjectTotals;
import org.salwhub.assistance.api.project.ProjectTransactionInput;
import org.salwhub.assistance.api.project.ProjectTransactionType;
import org.salwhub.assistance.api.project.ProjectView;
import org.salwhub.assistance.api.project.ProjectWarning;
import org.salwhub.assistance.control.IatiActivity;
import org.salwhub.assistance.control.IatiCodes;
import org.salwhub.assistance.control.IatiReader;
import org.salwhub.assistance.control.IatiSchema;
import org.salwhub.assistance.control.IatiWriter;
import org.salwhub.assistance.control.ProjectMoney;
import org.salwhub.assistance.entity.Asset;
import org.salwhub.assistance.entity.CodeList;
import org.salwhub.assistance.entity.Need;
import org.salwhub.assistance.entity.Term;
import org.salwhub.assistance.api.TermKind;
import org.salwhub.assistance.entity.Project;
import org.salwhub.assistance.entity.ProjectDeliverable;
import org.salwhub.assistance.entity.ProjectDocument;
import org.salwhub.assistance.entity.ProjectMilestone;
import org.salwhub.assistance.entity.ProjectTransaction;
import org.salwhub.registry.api.OrganisationId;
import org.salwhub.registry.api.OrganisationView;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.directory.Page;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.LocalizedText;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.Role;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.kernel.VersionConflictException;

/**
 * The projects boundary. Who may do what is decided here, whatever the screen or API in front: staff manage
 * everything; a donor representative records transactions and reports of the projects their organisation funds;
 * the recipient State's focal point updates deliverables, indicators and assets; network members read projects
 * that are not confidential, and the parties read their confidential ones.
 */
@Stateless
public class ProjectService implements ProjectFacade {

    static final String PROJECT = "Project";
    static final Set<ProjectStatus> ACTIVE = Set.of(ProjectStatus.PIPELINE, ProjectStatus.IMPLEMENTATION,
            ProjectStatus.FINALISATION, ProjectStatus.SUSPENDED);

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    RegistryFacade registry;

    // =================================================================== reading

    @Override
    public Page<ProjectSummary> projects(ProjectQuery query) {
        Caller caller = member();
        ProjectQuery q = query == null ? ProjectQuery.all() : query;
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        visibility(caller, where, params);
        if (q.stateId() != null) {
            where.append(" AND p.recipientStates LIKE :state");
            params.put("state", CodeList.pattern(q.stateId().toString()));
        }
        if (q.donorId() != null) {
            where.append(" AND p.funders LIKE :donor");
            params.put("donor", CodeList.pattern(q.donorId().toString()));
        }
        if (q.theme() != null && !q.theme().isBlank()) {
            where.append(" AND p.themes LIKE :theme");
            params.put("theme", CodeList.pattern(q.theme().trim()));
        }
        if (q.status() != null) {
            where.append(" AND p.status = :status");
            params.put("status", q.status());
        }
        if (q.year() != null) {
            where.append(" AND p.plannedStart <= :yearEnd AND (p.plannedEnd IS NULL OR p.plannedEnd >= :yearStart)");
            params.put("yearStart", LocalDate.of(q.year(), 1, 1));
            params.put("yearEnd", LocalDate.of(q.year(), 12, 31));
        }
        if (q.text() != null && !q.text().isBlank()) {
            where.append(" AND (LOWER(p.titleEn) LIKE :text OR LOWER(p.titleFr) LIKE :text"
                    + " OR p.titleAr LIKE :text OR LOWER(p.iatiIdentifier) LIKE :text)");
            params.put("text", "%" + q.text().trim().toLowerCase() + "%");
        }
        String order = switch (q.sort() == null ? "" : q.sort()) {
            case "title" -> "p.titleEn";
            case "status" -> "p.status";
            case "identifier" -> "p.iatiIdentifier";
            case "plannedEnd" -> "p.plannedEnd";
            default -> "p.plannedStart";
        };
        String direction = q.sort() == null ? " DESC" : q.ascending() ? " ASC" : " DESC";
        TypedQuery<Project> select = em.createQuery("SELECT p FROM Project p" + where + " ORDER BY " + order
                + direction + ", p.id", Project.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM Project p" + where, Long.class);
        params.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        ProjectMoney money = ProjectMoney.load(em);
        LocalDate today = LocalDate.now();
        List<ProjectSummary> items = select.setFirstResult(Math.max(0, q.first()))
                .setMaxResults(Math.min(Math.max(1, q.max()), 1000)).getResultStream()
                .map(p -> summary(p, money, today)).toList();
        return new Page<>(items, count.getSingleResult());
    }

    /** Non-staff see what is not confidential, and the confidential projects they are a party to. */
    private static void visibility(Caller caller, StringBuilder where, Map<String, Object> params) {
        if (caller.isStaff()) {
            return;
        }
        where.append(" AND (p.confidential = FALSE");
        if (caller.has(Role.DONOR) && caller.organisationId() != null) {
            where.append(" OR p.funders LIKE :ownOrg");
            params.put("ownOrg", CodeList.pattern(caller.organisationId().toString()));
        }
        if (caller.has(Role.FOCAL_POINT) && caller.stateId() != null) {
            where.append(" OR p.recipientStates LIKE :ownState");
            params.put("ownState", CodeList.pattern(caller.stateId().toString()));
        }
        where.append(')');
    }

    @Override
    public ProjectView project(ProjectId id) {
        return view(visible(id));
    }

    @Override
    public Optional<ProjectView> projectByIdentifier(String iatiIdentifier) {
        Caller caller = member();
        return byIdentifier(iatiIdentifier).filter(p -> maySee(p, caller)).map(this::view);
    }

    @Override
    public Optional<ProjectView> projectOfMatch(UUID matchId) {
        Caller caller = member();
        return em.createNamedQuery("Project.ofMatch", Project.class)
                .setParameter("match", CodeList.pattern(matchId.toString())).getResultStream()
                .filter(p -> maySee(p, caller)).findFirst().map(this::view);
    }

    // =================================================================== the record

    @Override
    public ProjectView createProject(ProjectDraft draft) {
        Caller caller = member();
        caller.requireStaff();
        return view(create(draft, "MANUAL", caller.username()));
    }

    /** Creates a project without an access check: for staff-checked callers, the match listener and the import. */
    Project create(ProjectDraft draft, String origin, String by) {
        if (draft == null) {
            throw new ValidationException("iatiIdentifier", "required");
        }
        validateReferences(draft);
        if (draft.iatiIdentifier() != null && byIdentifier(draft.iatiIdentifier().trim()).isPresent()) {
            throw new ValidationException("iatiIdentifier", "project.identifier.taken");
        }
        Project project = new Project(UUID.randomUUID(), draft, origin, by, Instant.now());
        em.persist(project);
        em.flush();
        return project;
    }

    @Override
    public ProjectView updateProject(ProjectId id, ProjectDraft draft, long expectedVersion) {
        member().requireStaff();
        Project project = load(id);
        VersionConflictException.check(PROJECT, project.id(), expectedVersion, project.version());
        validateReferences(draft);
        byIdentifier(draft.iatiIdentifier() == null ? "" : draft.iatiIdentifier().trim())
                .filter(other -> !other.id().equals(project.id())).ifPresent(other -> {
                    throw new ValidationException("iatiIdentifier", "project.identifier.taken");
                });
        project.describe(draft);
        em.flush();
        return view(project);
    }

    private void validateReferences(ProjectDraft draft) {
        if (draft == null) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        for (UUID state : draft.recipientStates()) {
            if (registry.state(new StateId(state)).isEmpty()) {
                errors.add(FieldError.of("recipientStates", "project.unknownState"));
            }
        }
        draft.participants().stream().filter(p -> p.organisationId() != null)
                .filter(p -> registry.organisation(new OrganisationId(p.organisationId())).isEmpty())
                .findFirst().ifPresent(p -> errors.add(FieldError.of("participants", "project.unknownOrganisation")));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    @Override
    public ProjectView changeStatus(ProjectId id, ProjectStatus target, long expectedVersion) {
        member().requireStaff();
        Project project = load(id);
        VersionConflictException.check(PROJECT, project.id(), expectedVersion, project.version());
        project.moveTo(target);
        em.flush();
        return view(project);
    }

    @Override
    public ProjectView replaceBudgets(ProjectId id, List<ProjectBudgetLine> budgets, long expectedVersion) {
        member().requireStaff();
        Project project = load(id);
        VersionConflictException.check(PROJECT, project.id(), expectedVersion, project.version());
        project.replaceBudgets(budgets == null ? List.of() : budgets);
        em.flush();
        return view(project);
    }

    // =================================================================== money and reports (staff, funders)

    @Override
    public ProjectView addTransaction(ProjectId id, ProjectTransactionInput transaction) {
        Project project = visible(id);
        requireMoney(project);
        if (transaction == null) {
            throw new ValidationException("type", "required");
        }
        project.addTransaction(transaction, callers.current().username());
        em.flush();
        return view(project);
    }

    @Override
    public ProjectView removeTransaction(ProjectId id, UUID transactionId) {
        Project project = visible(id);
        requireMoney(project);
        if (!project.removeTransaction(String.valueOf(transactionId))) {
            throw new NotFoundException("ProjectTransaction", String.valueOf(transactionId));
        }
        em.flush();
        return view(project);
    }

    @Override
    public ProjectView saveMilestone(ProjectId id, ProjectMilestoneInput milestone) {
        Project project = visible(id);
        if (milestone == null) {
            throw new ValidationException("kind", "required");
        }
        Caller caller = callers.current();
        boolean report = milestone.kind() != null && milestone.kind().isReport()
                && project.milestone(milestone.id()).map(m -> m.kind().isReport()).orElse(true);
        if (!caller.isStaff() && !(report && mayMoney(project, caller))) {
            throw new AccessDeniedException("milestones: staff; reports: staff or a funding donor");
        }
        project.saveMilestone(milestone);
        em.flush();
        return view(project);
    }

    // =================================================================== delivery (staff, recipient State)

    @Override
    public ProjectView saveDeliverable(ProjectId id, ProjectDeliverableInput deliverable) {
        Project project = visible(id);
        requireDelivery(project);
        if (deliverable == null) {
            throw new ValidationException("description", "required");
        }
        project.saveDeliverable(deliverable);
        em.flush();
        return view(project);
    }

    @Override
    public ProjectView removeDeliverable(ProjectId id, UUID deliverableId) {
        Project project = visible(id);
        member().requireStaff();
        if (!project.removeDeliverable(String.valueOf(deliverableId))) {
            throw new NotFoundException("ProjectDeliverable", String.valueOf(deliverableId));
        }
        em.flush();
        return view(project);
    }

    @Override
    public ProjectView saveIndicator(ProjectId id, ProjectIndicatorInput indicator) {
        Project project = visible(id);
        requireDelivery(project);
        if (indicator == null) {
            throw new ValidationException("title", "required");
        }
        project.saveIndicator(indicator);
        em.flush();
        return view(project);
    }

    @Override
    public ProjectView saveLessons(ProjectId id, String lessons, long expectedVersion) {
        Project project = visible(id);
        Caller caller = callers.current();
        if (!caller.isStaff() && !mayMoney(project, caller) && !mayDeliver(project, caller)) {
            throw new AccessDeniedException("lessons: staff and the parties");
        }
        VersionConflictException.check(PROJECT, project.id(), expectedVersion, project.version());
        project.recordLessons(lessons);
        em.flush();
        return view(project);
    }

    @Override
    public ProjectView addDocument(ProjectId id, ProjectDocumentUpload upload) {
        Project project = visible(id);
        Caller caller = callers.current();
        if (!caller.isStaff() && !mayMoney(project, caller) && !mayDeliver(project, caller)) {
            throw new AccessDeniedException("documents: staff and the parties");
        }
        List<FieldError> errors = ProjectDocument.check(upload);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        em.persist(new ProjectDocument(project.id(), upload, caller.username(), Instant.now()));
        em.flush();
        return view(project);
    }

    @Override
    public ProjectDocumentFile document(ProjectId id, UUID documentId) {
        Project project = visible(id);
        ProjectDocument document = em.find(ProjectDocument.class, String.valueOf(documentId));
        if (document == null || !document.projectId().equals(project.id())) {
            throw new NotFoundException("ProjectDocument", String.valueOf(documentId));
        }
        return document.file();
    }

    // =================================================================== assets

    @Override
    public ProjectView saveAsset(ProjectId id, AssetInput input) {
        Project project = visible(id);
        requireDelivery(project);
        if (input == null) {
            throw new ValidationException("serialNumber", "required");
        }
        Caller caller = callers.current();
        UUID state = input.stateId() != null ? input.stateId()
                : project.recipientStates().size() == 1 ? project.recipientStates().iterator().next() : null;
        if (state != null && !project.recipientStates().contains(state)) {
            throw new ValidationException("stateId", "project.asset.state");
        }
        if (state != null && !caller.isStaff() && !state.equals(caller.stateId())) {
            throw new AccessDeniedException("a focal point reports on their own State's assets");
        }
        AssetInput in = new AssetInput(input.id(), input.serialNumber(), input.model(), input.equipmentType(), state,
                input.custodianAgency(), input.location(), input.status(), input.trainedOperators(),
                input.reportedOn(), input.expectedVersion());
        LocalDate today = LocalDate.now();
        if (in.id() == null) {
            boolean taken = assetsOf(project).stream().anyMatch(a -> in.serialNumber() != null
                    && a.serialNumber().equalsIgnoreCase(in.serialNumber().trim()));
            if (taken) {
                throw new ValidationException("serialNumber", "project.asset.serialTaken");
            }
            em.persist(new Asset(project.id(), in, today));
        } else {
            Asset asset = asset(project, in.id());
            VersionConflictException.check("Asset", asset.id(), in.expectedVersion(), asset.version());
            asset.report(in, today);
        }
        em.flush();
        return view(project);
    }

    @Override
    public ProjectView logMaintenance(ProjectId id, UUID assetId, AssetLogEntry entry) {
        Project project = visible(id);
        requireDelivery(project);
        Asset asset = asset(project, assetId);
        Caller caller = callers.current();
        if (!caller.isStaff() && !asset.stateId().equals(caller.stateId())) {
            throw new AccessDeniedException("a focal point reports on their own State's assets");
        }
        asset.logMaintenance(entry, caller.username(), LocalDate.now());
        em.flush();
        return view(project);
    }

    private Asset asset(Project project, UUID assetId) {
        Asset asset = assetId == null ? null : em.find(Asset.class, assetId.toString());
        if (asset == null || !asset.projectId().equals(project.id())) {
            throw new NotFoundException("Asset", String.valueOf(assetId));
        }
        return asset;
    }

    @Override
    public List<AssetView> assets(Optional<UUID> state, boolean staleOnly) {
        Caller caller = member();
        LocalDate today = LocalDate.now();
        int months = assetReportMonths();
        Map<String, Project> projects = new HashMap<>();
        List<AssetView> found = new ArrayList<>();
        for (Asset asset : em.createNamedQuery("Asset.all", Asset.class).getResultList()) {
            if (state.isPresent() && !state.get().equals(asset.stateId())) {
                continue;
            }
            Project project = projects.computeIfAbsent(asset.projectId(), pid -> em.find(Project.class, pid));
            if (!maySee(project, caller) || (staleOnly && !asset.isStale(today, months))) {
                continue;
            }
            found.add(asset.view(project.title().en(), today, months));
        }
        return found;
    }

    @Override
    public int assetReportMonths() {
        String configured = System.getenv("ASSET_REPORT_MONTHS");
        if (configured == null) {
            configured = System.getProperty("salwhub.assetReportMonths");
        }
        try {
            int months = configured == null ? 6 : Integer.parseInt(configured.trim());
            return months > 0 ? months : 6;
        } catch (NumberFormatException e) {
            return 6;
        }
    }

    private List<Asset> assetsOf(Project project) {
        return em.createNamedQuery("Asset.ofProject", Asset.class).setParameter("project", project.id())
                .getResultList();
    }

    // =================================================================== coordination

    @Override
    public List<ProjectWarning> duplicateFundingReport() {
        member().requireStaff();
        List<Project> active = em.createNamedQuery("Project.active", Project.class)
                .setParameter("statuses", ACTIVE).getResultList();
        List<ProjectWarning> warnings = new ArrayList<>();
        for (int i = 0; i < active.size(); i++) {
            for (int j = i + 1; j < active.size(); j++) {
                warnings.addAll(ProjectDuplicates.between(active.get(i), active.get(j)));
            }
        }
        return warnings;
    }

    /** The warnings about a project: other active projects of the same State, theme and period, or need. */
    private List<ProjectWarning> warnings(Project project) {
        if (!ACTIVE.contains(project.status())) {
            return List.of();
        }
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        int n = 0;
        for (UUID state : project.recipientStates()) {
            where.append(where.isEmpty() ? "" : " OR ").append("p.recipientStates LIKE :s").append(n);
            params.put("s" + n++, CodeList.pattern(state.toString()));
        }
        for (UUID need : project.needIds()) {
            where.append(where.isEmpty() ? "" : " OR ").append("p.needIds LIKE :s").append(n);
            params.put("s" + n++, CodeList.pattern(need.toString()));
        }
        if (where.isEmpty()) {
            return List.of();
        }
        TypedQuery<Project> query = em.createQuery("SELECT p FROM Project p WHERE p.id <> :self"
                + " AND p.status IN :statuses AND (" + where + ")", Project.class);
        query.setParameter("self", project.id()).setParameter("statuses", ACTIVE);
        params.forEach(query::setParameter);
        return query.getResultStream().flatMap(other -> ProjectDuplicates.between(project, other)
                .stream()).toList();
    }

    @Override
    public List<ProjectOverdueItem> overdue() {
        Caller caller = member();
        LocalDate today = LocalDate.now();
        StringBuilder where = new StringBuilder(" WHERE p.status IN :statuses");
        Map<String, Object> params = new HashMap<>();
        params.put("statuses", ACTIVE);
        visibility(caller, where, params);
        TypedQuery<Project> query = em.createQuery("SELECT p FROM Project p" + where, Project.class);
        params.forEach(query::setParameter);
        List<ProjectOverdueItem> items = new ArrayList<>();
        for (Project p : query.getResultList()) {
            for (ProjectMilestone m : p.milestones()) {
                if (m.isOverdue(today)) {
                    var v = m.view(today);
                    items.add(new ProjectOverdueItem(ProjectId.of(p.id()), p.title().en(), v.kind(), v.title(),
                            v.dueOn(), ChronoUnit.DAYS.between(v.dueOn(), today)));
                }
            }
        }
        items.sort(Comparator.comparing(ProjectOverdueItem::dueOn));
        return items;
    }

    @Override
    public ProjectDashboard dashboard() {
        Caller caller = member();
        StringBuilder where = new StringBuilder(" WHERE p.status <> :cancelled");
        Map<String, Object> params = new HashMap<>();
        params.put("cancelled", ProjectStatus.CANCELLED);
        visibility(caller, where, params);
        TypedQuery<Project> query = em.createQuery("SELECT p FROM Project p" + where
                + " ORDER BY p.plannedStart DESC, p.id", Project.class);
        params.forEach(query::setParameter);
        List<Project> projects = query.getResultList();
        ProjectMoney money = ProjectMoney.load(em);
        ProjectMoney.Tally overall = money.tally();
        LocalDate today = LocalDate.now();
        Map<String, Need> needs = new HashMap<>();
        Map<String, Acc> byState = new LinkedHashMap<>();
        Map<String, Acc> byDonor = new LinkedHashMap<>();
        Map<String, Acc> byTheme = new LinkedHashMap<>();
        Map<String, Acc> byYear = new LinkedHashMap<>();
        List<ProjectSummary> summaries = new ArrayList<>();
        for (Project p : projects) {
            ProjectMoney.Tally own = money.tally();
            BigDecimal requested = BigDecimal.ZERO;
            for (UUID needId : p.needIds()) {
                Need need = needs.computeIfAbsent(needId.toString(), k -> em.find(Need.class, k));
                if (need != null) {
                    requested = requested.add(own.usd(need.estimatedCost(), need.currency()));
                }
            }
            int planned = p.deliverables().stream().mapToInt(d -> d.view().planned()).sum();
            int delivered = p.deliverables().stream().mapToInt(d -> d.view().delivered()).sum();
            int overdueReports = (int) p.milestones().stream()
                    .filter(m -> m.kind().isReport() && m.isOverdue(today)).count();
            Map<ProjectTransactionType, BigDecimal> sums = new HashMap<>();
            Map<String, Map<ProjectTransactionType, BigDecimal>> perDonor = new HashMap<>();
            Map<String, ProjectMoney.Tally> donorTallies = new HashMap<>();
            for (ProjectTransaction t : p.transactions()) {
                if (t.type() == ProjectTransactionType.EXPENDITURE) {
                    continue; // the dashboard shows requested, pledged, committed and disbursed
                }
                BigDecimal usd = own.usd(t.amount(), t.currency());
                sums.merge(t.type(), usd, BigDecimal::add);
                if (t.providerId() != null) {
                    String donor = t.providerId().toString();
                    donorTallies.computeIfAbsent(donor, k -> money.tally()).usd(t.amount(), t.currency());
                    perDonor.computeIfAbsent(donor, k -> new HashMap<>()).merge(t.type(), usd, BigDecimal::add);
                }
            }
            overall.add(own);
            Row row = new Row(requested, sums, planned, delivered, overdueReports, own.missing());
            for (UUID state : p.recipientStates()) {
                byState.computeIfAbsent(state.toString(), k -> new Acc()).add(row);
            }
            for (String theme : p.themes()) {
                byTheme.computeIfAbsent(theme, k -> new Acc()).add(row);
            }
            LocalDate start = p.start();
            if (start != null) {
                byYear.computeIfAbsent(String.valueOf(start.getYear()), k -> new Acc()).add(row);
            }
            for (UUID funder : p.funders()) {
                String donor = funder.toString();
                ProjectMoney.Tally donorTally = donorTallies.get(donor);
                byDonor.computeIfAbsent(donor, k -> new Acc()).add(new Row(requested,
                        perDonor.getOrDefault(donor, Map.of()), planned, delivered, overdueReports,
                        donorTally == null ? Set.of() : donorTally.missing()));
            }
            summaries.add(summary(p, money, today));
        }
        Function<Map<String, Acc>, List<ProjectMoneyRow>> rows = map -> map.entrySet().stream()
                .map(e -> e.getValue().row(e.getKey())).toList();
        List<ProjectMoneyRow> years = new ArrayList<>(rows.apply(byYear));
        years.sort(Comparator.comparing(ProjectMoneyRow::key));
        return new ProjectDashboard(rows.apply(byState), rows.apply(byDonor), rows.apply(byTheme), years, summaries,
                overdue(), overall.rates(), overall.missing());
    }

    /**
     * One project's share of a dashboard row; {@code missing} names the currencies of its amounts that have no
     * exchange rate and so are not in the sums. A donor's row counts the requested amount but only the donor's
     * own money, and names only the currencies of the donor's own transactions.
     */
    private record Row(BigDecimal requested, Map<ProjectTransactionType, BigDecimal> sums, int planned,
                       int delivered, int overdueReports, Set<String> missing) {
        BigDecimal sum(ProjectTransactionType type) {
            return sums.getOrDefault(type, BigDecimal.ZERO);
        }
    }

    private static final class Acc {
        BigDecimal requested = BigDecimal.ZERO;
        BigDecimal pledged = BigDecimal.ZERO;
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal disbursed = BigDecimal.ZERO;
        int planned;
        int delivered;
        int overdue;
        final java.util.TreeSet<String> missing = new java.util.TreeSet<>();

        void add(Row r) {
            requested = requested.add(r.requested());
            pledged = pledged.add(r.sum(ProjectTransactionType.PLEDGE));
            committed = committed.add(r.sum(ProjectTransactionType.COMMITMENT));
            disbursed = disbursed.add(r.sum(ProjectTransactionType.DISBURSEMENT));
            planned += r.planned();
            delivered += r.delivered();
            overdue += r.overdueReports();
            missing.addAll(r.missing());
        }

        ProjectMoneyRow row(String key) {
            return new ProjectMoneyRow(key, requested, pledged, committed, disbursed, planned, delivered, overdue,
                    java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(missing)));
        }
    }

    // =================================================================== IATI

    @Override
    public String exportIati(Set<ProjectId> ids) {
        Caller caller = member();
        List<Project> projects = new ArrayList<>();
        for (ProjectId id : ids == null ? Set.<ProjectId>of() : ids) {
            Project p = em.find(Project.class, id.toString());
            if (p == null || !maySee(p, caller)) {
                throw new NotFoundException(PROJECT, id.toString());
            }
            projects.add(p);
        }
        return export(projects);
    }

    @Override
    public String exportPublicIati() {
        member();
        return export(em.createQuery("SELECT p FROM Project p WHERE p.confidential = FALSE ORDER BY p.iatiIdentifier",
                Project.class).getResultList());
    }

    private String export(Collection<Project> projects) {
        if (projects.isEmpty()) {
            throw new ValidationException("projects", "project.iati.empty");
        }
        List<Project> sorted = projects.stream().sorted(Comparator.comparing(Project::iatiIdentifier)).toList();
        String xml = new IatiWriter(codes(), reportingRef(), reportingName()).write(sorted, Instant.now());
        return IatiSchema.requireValid(xml);
    }

    static String reportingRef() {
        String ref = System.getenv("IATI_REPORTING_ORG");
        return ref == null || ref.isBlank() ? "XI-SALWHUB" : ref.trim();
    }

    static String reportingName() {
        String name = System.getenv("IATI_REPORTING_NAME");
        return name == null || name.isBlank() ? "SALW Hub regional centre" : name.trim();
    }

    @Override
    public List<IatiImportRow> previewIati(byte[] xml) {
        member().requireStaff();
        return rows(read(xml));
    }

    /** Each activity as the import would treat it: new, a duplicate of a project here, or refused and why. */
    private List<IatiImportRow> rows(List<IatiActivity> activities) {
        return activities.stream().map(this::row).toList();
    }

    private IatiImportRow row(IatiActivity a) {
        ProjectDraft d = a.draft();
        Optional<Project> duplicate = d.iatiIdentifier() == null ? Optional.empty() : byIdentifier(d.iatiIdentifier());
        String problem = a.problems().isEmpty() ? null : a.problems().get(0).code();
        List<Object> args = a.problems().isEmpty() ? List.of() : a.problems().get(0).args();
        String title = d.titleEn() != null ? d.titleEn() : d.titleFr() != null ? d.titleFr() : d.titleAr();
        return new IatiImportRow(d.iatiIdentifier(), title, a.recipientCountries(), a.transactions().size(),
                a.budgets().size(), duplicate.map(p -> ProjectId.of(p.id())).orElse(null),
                duplicate.map(p -> p.title().en()).orElse(null), duplicate.isPresent() ? null : problem, args,
                a.notes());
    }

    @Override
    public IatiImportResult importIati(byte[] xml) {
        Caller caller = member();
        caller.requireStaff();
        List<IatiActivity> activities = read(xml);
        List<IatiImportRow> rows = rows(activities);
        List<ProjectId> created = new ArrayList<>();
        List<IatiImportRow> skipped = new ArrayList<>();
        for (int i = 0; i < activities.size(); i++) {
            IatiActivity a = activities.get(i);
            IatiImportRow row = rows.get(i);
            if (!row.importable()) {
                skipped.add(row);
                continue;
            }
            Project project = create(a.draft(), "IMPORT", caller.username());
            project.replaceBudgets(a.budgets());
            a.transactions().forEach(t -> project.addTransaction(t, caller.username()));
            a.deliverables().forEach(project::saveDeliverable);
            a.indicators().forEach(project::saveIndicator);
            moveAlong(project, a.status());
            created.add(ProjectId.of(project.id()));
        }
        em.flush();
        return new IatiImportResult(created, skipped);
    }

    /** Brings an imported project from pipeline to the status the reader found it can reach. */
    private static void moveAlong(Project project, ProjectStatus target) {
        List<ProjectStatus> path = switch (target) {
            case IMPLEMENTATION -> List.of(ProjectStatus.IMPLEMENTATION);
            case FINALISATION -> List.of(ProjectStatus.IMPLEMENTATION, ProjectStatus.FINALISATION);
            case CLOSED -> List.of(ProjectStatus.IMPLEMENTATION, ProjectStatus.FINALISATION, ProjectStatus.CLOSED);
            case SUSPENDED -> List.of(ProjectStatus.IMPLEMENTATION, ProjectStatus.SUSPENDED);
            case CANCELLED -> List.of(ProjectStatus.CANCELLED);
            default -> List.of();
        };
        for (ProjectStatus step : path) {
            project.moveTo(step);
        }
    }

    private List<IatiActivity> read(byte[] xml) {
        if (xml == null || xml.length == 0) {
            throw new ValidationException("file", "required");
        }
        if (xml.length > 20 * 1024 * 1024) {
            throw new ValidationException("file", "project.document.tooLarge", 20);
        }
        return new IatiReader(codes()).read(xml);
    }

    private IatiCodes codes() {
        Map<UUID, StateView> states = registry.states().stream()
                .collect(Collectors.toMap(s -> s.id().value(), s -> s, (a, b) -> a));
        List<OrganisationView> organisations = registry.organisations();
        Set<String> themes = em.createNamedQuery("Term.ofKind", Term.class).setParameter("kind", TermKind.THEME)
                .getResultStream().map(Term::code).collect(Collectors.toSet());
        Map<String, Optional<UUID>> byIatiIdentifier = new HashMap<>();
        return new IatiCodes() {
            @Override
            public Optional<String> iso2(UUID state) {
                return Optional.ofNullable(states.get(state)).map(StateView::iso2);
            }

            @Override
            public Optional<UUID> stateOfIso2(String iso2) {
                return states.values().stream().filter(s -> s.iso2().equalsIgnoreCase(iso2)).findFirst()
                        .map(s -> s.id().value());
            }

            @Override
            public Optional<String> organisationName(UUID organisation) {
                return organisations.stream().filter(o -> o.id().value().equals(organisation)).findFirst()
                        .map(o -> o.name().en());
            }

            @Override
            public Optional<LocalizedText> organisationNames(UUID organisation) {
                return organisations.stream().filter(o -> o.id().value().equals(organisation)).findFirst()
                        .map(OrganisationView::name);
            }

            @Override
            public Optional<UUID> organisationNamed(String name) {
                String wanted = name.trim();
                return organisations.stream().filter(o -> wanted.equalsIgnoreCase(o.name().en())
                        || wanted.equalsIgnoreCase(o.name().fr()) || wanted.equals(o.name().ar())
                        || (o.acronym() != null && wanted.equalsIgnoreCase(o.acronym()))).findFirst()
                        .map(o -> o.id().value());
            }

            @Override
            public Optional<String> organisationIatiIdentifier(UUID organisation) {
                return organisations.stream().filter(o -> o.id().value().equals(organisation)).findFirst()
                        .map(OrganisationView::iatiIdentifier);
            }

            @Override
            public Optional<UUID> organisationWithIatiIdentifier(String ref) {
                // a file names the same few organisations again and again: each ref is looked up once
                return byIatiIdentifier.computeIfAbsent(ref.strip().toUpperCase(Locale.ROOT),
                        key -> registry.organisationByIatiIdentifier(key).map(o -> o.id().value()));
            }

            @Override
            public boolean isTheme(String code) {
                return themes.contains(code);
            }
        };
    }

    // =================================================================== helpers

    ProjectView view(Project p) {
        Caller caller = callers.current();
        ProjectMoney money = ProjectMoney.load(em);
        LocalDate today = LocalDate.now();
        int months = assetReportMonths();
        ProjectTotals totals = money.totals(p);
        return new ProjectView(ProjectId.of(p.id()), p.iatiIdentifier(), p.title(), p.description().orElse(null),
                p.recipientStates(), p.participants(), p.needIds(), p.offerIds(), p.matchIds(), p.themes(),
                p.genderMarker(), p.status(), p.confidential(), p.plannedStart(), p.plannedEnd(), p.actualStart(),
                p.actualEnd(), p.lessons(), p.origin(), p.budgets(),
                p.transactions().stream().map(t -> t.view(money.usd(t.amount(), t.currency()).orElse(null))).toList(),
                totals, p.deliverables().stream().map(ProjectDeliverable::view).toList(),
                p.indicators().stream().map(i -> i.view()).toList(),
                p.milestones().stream().map(m -> m.view(today)).toList(),
                em.createNamedQuery("ProjectDocument.of", ProjectDocument.class).setParameter("project", p.id())
                        .getResultStream().map(ProjectDocument::view).toList(),
                assetsOf(p).stream().map(a -> a.view(p.title().en(), today, months)).toList(),
                caller.isStaff() ? warnings(p) : List.of(),
                new ProjectPermissions(caller.isStaff(), mayMoney(p, caller), mayDeliver(p, caller)),
                p.createdBy(), p.createdAt(), p.version());
    }

    private static ProjectSummary summary(Project p, ProjectMoney money, LocalDate today) {
        ProjectTotals totals = money.totals(p);
        List<ProjectDeliverableView> lines = p.deliverables().stream().map(ProjectDeliverable::view).toList();
        return new ProjectSummary(ProjectId.of(p.id()), p.iatiIdentifier(), p.title(), p.recipientStates(),
                List.copyOf(p.funders()), p.themes(), p.status(), p.confidential(), p.plannedStart(), p.plannedEnd(),
                totals.budget(), totals.committed(), totals.disbursed(),
                lines.stream().mapToInt(ProjectDeliverableView::planned).sum(),
                lines.stream().mapToInt(ProjectDeliverableView::delivered).sum(),
                (int) p.milestones().stream().filter(m -> m.isOverdue(today)).count(), totals.missingRates());
    }

    private Caller member() {
        Caller caller = callers.current();
        if (!caller.isNetworkMember()) {
            throw new AccessDeniedException("projects are for network members");
        }
        return caller;
    }

    private Optional<Project> byIdentifier(String identifier) {
        return em.createNamedQuery("Project.byIdentifier", Project.class).setParameter("identifier", identifier)
                .getResultStream().findFirst();
    }

    private Project load(ProjectId id) {
        Project project = id == null ? null : em.find(Project.class, id.toString());
        if (project == null) {
            throw new NotFoundException(PROJECT, String.valueOf(id));
        }
        return project;
    }

    private Project visible(ProjectId id) {
        Caller caller = member();
        Project project = load(id);
        if (!maySee(project, caller)) {
            throw new NotFoundException(PROJECT, id.toString());
        }
        return project;
    }

    static boolean maySee(Project p, Caller caller) {
        return caller.isStaff() || !p.confidential() || mayMoney(p, caller) || mayDeliver(p, caller);
    }

    static boolean mayMoney(Project p, Caller caller) {
        return caller.isStaff() || (caller.has(Role.DONOR) && caller.organisationId() != null
                && p.funders().contains(caller.organisationId()));
    }

    static boolean mayDeliver(Project p, Caller caller) {
        return caller.isStaff() || (caller.has(Role.FOCAL_POINT) && caller.stateId() != null
                && p.recipientStates().contains(caller.stateId()));
    }

    private void requireMoney(Project p) {
        if (!mayMoney(p, callers.current())) {
            throw new AccessDeniedException("transactions and reports: staff or a funding donor");
        }
    }

    private void requireDelivery(Project p) {
        if (!mayDeliver(p, callers.current())) {
            throw new AccessDeniedException("deliverables, indicators and assets: staff or the recipient State");
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static boolean finalReportDone(Project p) {
        return p.milestones().stream().anyMatch(m -> m.kind() == ProjectMilestoneKind.FINAL_REPORT && m.isDone());
    }
}
