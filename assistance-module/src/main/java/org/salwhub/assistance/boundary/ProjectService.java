package org.salwhub.assistance.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.salwhub.assistance.api.project.AssetInput;
import org.salwhub.assistance.api.project.AssetLogEntry;
import org.salwhub.assistance.api.project.AssetView;
import org.salwhub.assistance.api.project.IatiImportResult;
import org.salwhub.assistance.api.project.IatiImportRow;
import org.salwhub.assistance.api.project.ProjectBudgetLine;
import org.salwhub.assistance.api.project.ProjectDashboard;
import org.salwhub.assistance.api.project.ProjectDeliverableInput;
import org.salwhub.assistance.api.project.ProjectDocumentFile;
import org.salwhub.assistance.api.project.ProjectDocumentUpload;
import org.salwhub.assistance.api.project.ProjectDraft;
import org.salwhub.assistance.api.project.ProjectFacade;
import org.salwhub.assistance.api.project.ProjectId;
import org.salwhub.assistance.api.project.ProjectIndicatorInput;
import org.salwhub.assistance.api.project.ProjectMilestoneInput;
import org.salwhub.assistance.api.project.ProjectOverdueItem;
import org.salwhub.assistance.api.project.ProjectQuery;
import org.salwhub.assistance.api.project.ProjectStatus;
import org.salwhub.assistance.api.project.ProjectSummary;
import org.salwhub.assistance.api.project.ProjectTotals;
import org.salwhub.assistance.api.project.ProjectTransactionInput;
import org.salwhub.assistance.api.project.ProjectView;
import org.salwhub.assistance.api.project.ProjectWarning;
import org.salwhub.assistance.control.ProjectDashboardTally;
import org.salwhub.assistance.control.ProjectIatiExchange;
import org.salwhub.assistance.control.ProjectMoney;
import org.salwhub.assistance.control.AssetReporting;
import org.salwhub.assistance.control.ProjectPolicy;
import org.salwhub.assistance.control.ProjectSearch;
import org.salwhub.assistance.entity.Asset;
import org.salwhub.assistance.entity.CodeList;
import org.salwhub.assistance.entity.Need;
import org.salwhub.assistance.entity.Project;
import org.salwhub.assistance.entity.ProjectDeliverable;
import org.salwhub.assistance.entity.ProjectDocument;
import org.salwhub.registry.api.OrganisationId;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.directory.Page;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.kernel.VersionConflictException;

/**
 * The projects boundary: each use case checks the caller against {@link ProjectPolicy} (whatever the screen or API
 * in front), loads the aggregate, lets it change itself and answers with a view that carries the permissions.
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

    @Inject
    Clock clock;

    // =================================================================== reading

    @Override
    public Page<ProjectSummary> projects(ProjectQuery query) {
        Caller caller = member();
        ProjectQuery q = query == null ? ProjectQuery.all() : query;
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        ProjectPolicy.visibility(caller, where, params);
        ProjectSearch.filter(q, where, params);
        String order = ProjectSearch.order(q);
        TypedQuery<Project> select = em.createQuery("SELECT p FROM Project p" + where + " ORDER BY " + order + ", p.id", Project.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM Project p" + where, Long.class);
        params.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        ProjectMoney money = ProjectMoney.load(em);
        LocalDate today = LocalDate.now(clock);
        List<ProjectSummary> items = select.setFirstResult(Math.max(0, q.first()))
                .setMaxResults(Math.min(Math.max(1, q.max()), 1000)).getResultStream()
                .map(p -> ProjectDashboardTally.summary(p, money, today)).toList();
        return new Page<>(items, count.getSingleResult());
    }

    @Override
    public ProjectView project(ProjectId id) {
        return view(visible(id));
    }

    @Override
    public Optional<ProjectView> projectByIdentifier(String iatiIdentifier) {
        Caller caller = member();
        return byIdentifier(iatiIdentifier).filter(p -> ProjectPolicy.maySee(p, caller)).map(this::view);
    }

    @Override
    public Optional<ProjectView> projectOfMatch(UUID matchId) {
        Caller caller = member();
        return em.createNamedQuery("Project.ofMatch", Project.class)
                .setParameter("match", CodeList.pattern(matchId.toString())).getResultStream()
                .filter(p -> ProjectPolicy.maySee(p, caller)).findFirst().map(this::view);
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
        Project project = new Project(UUID.randomUUID(), draft, origin, by, clock.instant());
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
        if (!caller.isStaff() && !(report && ProjectPolicy.mayMoney(project, caller))) {
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
        if (!caller.isStaff() && !ProjectPolicy.mayMoney(project, caller) && !ProjectPolicy.mayDeliver(project, caller)) {
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
        if (!caller.isStaff() && !ProjectPolicy.mayMoney(project, caller) && !ProjectPolicy.mayDeliver(project, caller)) {
            throw new AccessDeniedException("documents: staff and the parties");
        }
        List<FieldError> errors = ProjectDocument.check(upload);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        em.persist(new ProjectDocument(project.id(), upload, caller.username(), clock.instant()));
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
        if (state != null) {
            ProjectPolicy.requireAssetState(caller, state);
        }
        AssetInput in = new AssetInput(input.id(), input.serialNumber(), input.model(), input.equipmentType(), state,
                input.custodianAgency(), input.location(), input.status(), input.trainedOperators(),
                input.reportedOn(), input.expectedVersion());
        LocalDate today = LocalDate.now(clock);
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
        ProjectPolicy.requireAssetState(caller, asset.stateId());
        asset.logMaintenance(entry, caller.username(), LocalDate.now(clock));
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
        LocalDate today = LocalDate.now(clock);
        int months = assetReportMonths();
        Map<String, Project> projects = new HashMap<>();
        List<AssetView> found = new ArrayList<>();
        for (Asset asset : em.createNamedQuery("Asset.all", Asset.class).getResultList()) {
            if (state.isPresent() && !state.get().equals(asset.stateId())) {
                continue;
            }
            Project project = projects.computeIfAbsent(asset.projectId(), pid -> em.find(Project.class, pid));
            if (!ProjectPolicy.maySee(project, caller) || (staleOnly && !asset.isStale(today, months))) {
                continue;
            }
            found.add(asset.view(project.title().en(), today, months));
        }
        return found;
    }

    @Override
    public int assetReportMonths() {
        return AssetReporting.months();
    }

    private List<Asset> assetsOf(Project project) {
        return em.createNamedQuery("Asset.ofProject", Asset.class).setParameter("project", project.id())
                .getResultList();
    }

    // =================================================================== coordination

    @Override
    public boolean mayReviewDuplicateFunding() {
        return ProjectPolicy.mayReviewDuplicateFunding(callers.current());
    }

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

    @Override
    public List<ProjectOverdueItem> overdue() {
        Caller caller = member();
        LocalDate today = LocalDate.now(clock);
        StringBuilder where = new StringBuilder(" WHERE p.status IN :statuses");
        Map<String, Object> params = new HashMap<>();
        params.put("statuses", ACTIVE);
        ProjectPolicy.visibility(caller, where, params);
        TypedQuery<Project> query = em.createQuery("SELECT p FROM Project p" + where, Project.class);
        params.forEach(query::setParameter);
        return ProjectDashboardTally.overdue(query.getResultList(), today);
    }

    @Override
    public ProjectDashboard dashboard() {
        Caller caller = member();
        StringBuilder where = new StringBuilder(" WHERE p.status <> :cancelled");
        Map<String, Object> params = new HashMap<>();
        params.put("cancelled", ProjectStatus.CANCELLED);
        ProjectPolicy.visibility(caller, where, params);
        TypedQuery<Project> query = em.createQuery("SELECT p FROM Project p" + where
                + " ORDER BY p.plannedStart DESC, p.id", Project.class);
        params.forEach(query::setParameter);
        List<Project> projects = query.getResultList();
        Map<String, Need> needs = new HashMap<>();
        return ProjectDashboardTally.of(projects, ProjectMoney.load(em),
                id -> needs.computeIfAbsent(id, k -> em.find(Need.class, k)), LocalDate.now(clock), overdue());
    }

    // =================================================================== IATI

    @Override
    public String exportIati(Set<ProjectId> ids) {
        Caller caller = member();
        List<Project> projects = new ArrayList<>();
        for (ProjectId id : ids == null ? Set.<ProjectId>of() : ids) {
            Project p = em.find(Project.class, id.toString());
            if (p == null || !ProjectPolicy.maySee(p, caller)) {
                throw new NotFoundException(PROJECT, id.toString());
            }
            projects.add(p);
        }
        return iati().export(projects, clock.instant());
    }

    @Override
    public String exportPublicIati() {
        member();
        return iati().export(em.createQuery("SELECT p FROM Project p WHERE p.confidential = FALSE"
                + " ORDER BY p.iatiIdentifier", Project.class).getResultList(), clock.instant());
    }

    @Override
    public List<IatiImportRow> previewIati(byte[] xml) {
        member().requireStaff();
        return iati().preview(xml);
    }

    @Override
    public IatiImportResult importIati(byte[] xml) {
        Caller caller = member();
        caller.requireStaff();
        IatiImportResult result = iati().importAll(xml, draft -> create(draft, "IMPORT", caller.username()),
                caller.username());
        em.flush();
        return result;
    }

    private ProjectIatiExchange iati() {
        return new ProjectIatiExchange(em, registry, this::byIdentifier);
    }

    // =================================================================== helpers

    ProjectView view(Project p) {
        Caller caller = callers.current();
        ProjectMoney money = ProjectMoney.load(em);
        LocalDate today = LocalDate.now(clock);
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
                caller.isStaff() ? ProjectDuplicates.around(em, p, ACTIVE) : List.of(),
                ProjectPolicy.permissions(p, caller),
                p.createdBy(), p.createdAt(), p.version());
    }

    private Caller member() {
        return callers.current().requireNetworkMember("projects are for network members");
    }

    private Optional<Project> byIdentifier(String identifier) {
        return em.createNamedQuery("Project.byIdentifier", Project.class).setParameter("identifier", identifier)
                .getResultStream().findFirst();
    }

    private Project load(ProjectId id) {
        return NotFoundException.requireFound(id == null ? null : em.find(Project.class, id.toString()), PROJECT, id);
    }

    private Project visible(ProjectId id) {
        Caller caller = member();
        Project project = load(id);
        if (!ProjectPolicy.maySee(project, caller)) {
            throw new NotFoundException(PROJECT, id.toString());
        }
        return project;
    }

    private void requireMoney(Project p) {
        if (!ProjectPolicy.mayMoney(p, callers.current())) {
            throw new AccessDeniedException("transactions and reports: staff or a funding donor");
        }
    }

    private void requireDelivery(Project p) {
        if (!ProjectPolicy.mayDeliver(p, callers.current())) {
            throw new AccessDeniedException("deliverables, indicators and assets: staff or the recipient State");
        }
    }

}
