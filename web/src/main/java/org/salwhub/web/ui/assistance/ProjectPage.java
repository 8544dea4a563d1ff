package org.salwhub.web.ui.assistance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.salwhub.assistance.api.project.AssetLogEntry;
import org.salwhub.assistance.api.project.AssetStatus;
import org.salwhub.assistance.api.project.ProjectBudgetKind;
import org.salwhub.assistance.api.project.ProjectBudgetLine;
import org.salwhub.assistance.api.project.ProjectDeliverableView;
import org.salwhub.assistance.api.project.ProjectDocumentFile;
import org.salwhub.assistance.api.project.ProjectDocumentKind;
import org.salwhub.assistance.api.project.ProjectDocumentUpload;
import org.salwhub.assistance.api.project.ProjectDocumentView;
import org.salwhub.assistance.api.project.ProjectFacade;
import org.salwhub.assistance.api.project.ProjectId;
import org.salwhub.assistance.api.project.ProjectMilestoneInput;
import org.salwhub.assistance.api.project.ProjectMilestoneKind;
import org.salwhub.assistance.api.project.ProjectMilestoneView;
import org.salwhub.assistance.api.project.ProjectStatus;
import org.salwhub.assistance.api.project.ProjectTransactionType;
import org.salwhub.assistance.api.project.ProjectView;
import org.salwhub.assistance.api.project.ProjectWarning;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.web.export.ProjectTables;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.ui.FacesErrors;
import org.salwhub.web.ui.TableDownload;
import org.salwhub.web.ui.ViewerZone;
import org.salwhub.web.ui.assistance.ProjectForms.BudgetForm;
import org.salwhub.web.ui.assistance.ProjectForms.IndicatorForm;
import org.salwhub.web.ui.assistance.ProjectForms.MilestoneForm;
import org.salwhub.web.ui.assistance.ProjectForms.TransactionForm;
import org.salwhub.web.ui.assistance.ProjectRows.AssetRow;
import org.salwhub.web.ui.assistance.ProjectRows.DeliverableRow;
import org.salwhub.web.ui.assistance.ProjectRows.IndicatorRow;

/**
 * A project's page: overview, money (totals with the rates used), deliverables, indicators, milestones and reports,
 * assets and documents. Each tab offers the changes the viewer may make; the boundary decides.
 */
@Named
@ViewScoped
public class ProjectPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProjectFacade projects;

    @Inject
    RegistryFacade registry;

    @Inject
    FacesErrors errors;

    @Inject
    AssistanceNames names;

    @Inject
    org.salwhub.web.i18n.AssistanceTexts texts;

    @Inject
    ViewerZone zone;

    private String id;
    private String tab;
    private ProjectView project;
    private final List<DeliverableRow> deliverables = new ArrayList<>();
    private final List<AssetRow> assets = new ArrayList<>();
    private final List<IndicatorRow> indicators = new ArrayList<>();

    private ProjectStatus target;
    private final TransactionForm transaction = new TransactionForm();
    private final DeliverableRow newDeliverable = new DeliverableRow();
    private final IndicatorForm indicator = new IndicatorForm();
    private final MilestoneForm milestone = new MilestoneForm();
    private final AssetRow newAsset = new AssetRow();
    private final BudgetForm budget = new BudgetForm();
    private ProjectDocumentKind documentKind = ProjectDocumentKind.NARRATIVE_REPORT;
    private String lessons;

    public void load() {
        try {
            show(projects.project(ProjectId.of(id)));
        } catch (NotFoundException | IllegalArgumentException | NullPointerException e) {
            project = null;
        }
    }

    private void show(ProjectView view) {
        project = view;
        lessons = view.lessonsLearned();
        deliverables.clear();
        view.deliverables().forEach(d -> deliverables.add(DeliverableRow.of(d)));
        assets.clear();
        view.assets().forEach(a -> assets.add(AssetRow.of(a)));
        indicators.clear();
        view.indicators().forEach(i -> indicators.add(IndicatorRow.of(i)));
    }

    private boolean run(Runnable action, String doneKey) {
        boolean ok = errors.attempt(action, Map.of());
        if (ok) {
            Messages.info(doneKey);
        }
        return ok;
    }

    // ------------------------------------------------------------------ actions

    public void changeStatus() {
        run(() -> show(projects.changeStatus(project.id(), target, project.version())), "project.saved");
    }

    public void saveDeliverable(DeliverableRow row) {
        run(() -> show(projects.saveDeliverable(project.id(), row.input())), "project.deliverable.saved");
    }

    public void addDeliverable() {
        if (run(() -> show(projects.saveDeliverable(project.id(), newDeliverable.input())), "project.deliverable.saved")) {
            newDeliverable.reset();
        }
    }

    public void addTransaction() {
        if (run(() -> show(projects.addTransaction(project.id(), transaction.input(registry))), "project.saved")) {
            transaction.reset();
        }
    }

    public void removeTransaction(UUID transactionId) {
        run(() -> show(projects.removeTransaction(project.id(), transactionId)), "project.saved");
    }

    public void addBudget() {
        List<ProjectBudgetLine> lines = new ArrayList<>(project.budgets());
        lines.add(new ProjectBudgetLine(budget.kind, budget.year == null ? 0 : budget.year, budget.amount,
                budget.currency));
        if (run(() -> show(projects.replaceBudgets(project.id(), lines, project.version())), "project.saved")) {
            budget.amount = null;
        }
    }

    public void addIndicator() {
        if (run(() -> show(projects.saveIndicator(project.id(), indicator.input())), "project.saved")) {
            indicator.reset();
        }
    }

    public void saveIndicator(IndicatorRow row) {
        run(() -> show(projects.saveIndicator(project.id(), row.input())), "project.saved");
    }

    public void addMilestone() {
        if (run(() -> show(projects.saveMilestone(project.id(), milestone.input())), "project.saved")) {
            milestone.reset();
        }
    }

    public void markDone(ProjectMilestoneView m) {
        run(() -> show(projects.saveMilestone(project.id(), new ProjectMilestoneInput(m.id(), m.kind(), m.title(),
                m.dueOn(), LocalDate.now(), m.note(), m.version()))), "project.saved");
    }

    public void saveLessons() {
        run(() -> show(projects.saveLessons(project.id(), lessons, project.version())), "project.saved");
    }

    public void addAsset() {
        if (run(() -> show(projects.saveAsset(project.id(), newAsset.input())), "project.asset.saved")) {
            newAsset.reset();
        }
    }

    public void reportAsset(AssetRow row) {
        run(() -> {
            ProjectView view = projects.saveAsset(project.id(), row.input());
            if (row.logNote != null && !row.logNote.isBlank()) {
                view = projects.logMaintenance(project.id(), row.id, new AssetLogEntry(null, row.logNote, null));
            }
            show(view);
        }, "project.asset.saved");
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        if (file == null || file.getSize() == 0) {
            Messages.error("project.document.none");
            return;
        }
        run(() -> show(projects.addDocument(project.id(), new ProjectDocumentUpload(documentKind,
                file.getFileName(), file.getContentType(), file.getContent()))), "project.document.saved");
    }

    public StreamedContent download(ProjectDocumentView document) {
        ProjectDocumentFile file = projects.document(project.id(), document.id());
        return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.contentType())
                .stream(() -> new java.io.ByteArrayInputStream(file.content())).build();
    }

    /**
     * One list of the page ({@code part}: budgets, transactions, deliverables, indicators, milestones, assets,
     * documents, lessons) as CSV or XLSX ({@code format}); read again through the boundary when the file is written,
     * so it holds only what the viewer may read at that moment.
     */
    public StreamedContent table(String part, String format) {
        ProjectTables.Part which = ProjectTables.Part.of(part);
        ProjectId projectId = project.id();
        ProjectTables tables = new ProjectTables(registry, texts, Messages.currentLocale(), zone.getZone());
        return TableDownload.table(format, project.iatiIdentifier() + "-" + which.name().toLowerCase(),
                () -> tables.part(projects.project(projectId), which));
    }

    public StreamedContent getIati() {
        String xml = projects.exportIati(Set.of(project.id()));
        return DefaultStreamedContent.builder().name(project.iatiIdentifier() + ".xml")
                .contentType("application/xml; charset=UTF-8")
                .stream(() -> new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).build();
    }

    // ------------------------------------------------------------------ reading

    public List<ProjectStatus> getTargets() {
        if (project == null) {
            return List.of();
        }
        return switch (project.status()) {
            case PIPELINE -> List.of(ProjectStatus.IMPLEMENTATION, ProjectStatus.CANCELLED);
            case IMPLEMENTATION -> List.of(ProjectStatus.FINALISATION, ProjectStatus.SUSPENDED,
                    ProjectStatus.CANCELLED);
            case SUSPENDED -> List.of(ProjectStatus.IMPLEMENTATION, ProjectStatus.CANCELLED);
            case FINALISATION -> List.of(ProjectStatus.CLOSED, ProjectStatus.IMPLEMENTATION);
            default -> List.of();
        };
    }

    public String warning(ProjectWarning w) {
        return org.salwhub.web.export.ProjectExports.warning(w, registry, texts, Messages.currentLocale());
    }

    /** Entered by staff, from a confirmed match, or imported from IATI. */
    public String getOrigin() {
        return switch (project.origin()) {
            case "MATCH" -> Messages.text(Messages.currentLocale(), "project.origin.MATCH");
            case "IMPORT" -> Messages.text(Messages.currentLocale(), "project.origin.IMPORT");
            default -> Messages.text(Messages.currentLocale(), "project.origin.MANUAL");
        };
    }

    /** The currencies left out of the totals for lack of an exchange rate, e.g. "XTS, ZAR". */
    public String getMissingRates() {
        return String.join(", ", project.totals().missingRates());
    }

    public String states() {
        return String.join(", ", project.recipientStates().stream().map(names::state).sorted().toList());
    }

    public String participant(org.salwhub.assistance.api.project.ProjectParticipant p) {
        return p.organisationId() != null ? names.organisationName(p.organisationId()) : p.name();
    }

    public String party(UUID organisation, String name) {
        return organisation != null ? names.organisation(organisation) : name == null ? "" : name;
    }

    public int getPlanned() {
        return project.deliverables().stream().mapToInt(ProjectDeliverableView::planned).sum();
    }

    public int getDelivered() {
        return project.deliverables().stream().mapToInt(ProjectDeliverableView::delivered).sum();
    }

    public int getTraineesFemale() {
        return project.deliverables().stream().mapToInt(ProjectDeliverableView::traineesFemale).sum();
    }

    public int getTraineesMale() {
        return project.deliverables().stream().mapToInt(ProjectDeliverableView::traineesMale).sum();
    }

    public long getOverdueCount() {
        return project.milestones().stream().filter(ProjectMilestoneView::overdue).count();
    }

    public ProjectTransactionType[] getTransactionTypes() {
        return ProjectTransactionType.values();
    }

    public ProjectMilestoneKind[] getMilestoneKinds() {
        return project != null && project.may().manage() ? ProjectMilestoneKind.values()
                : new ProjectMilestoneKind[] {ProjectMilestoneKind.NARRATIVE_REPORT,
                ProjectMilestoneKind.FINANCIAL_REPORT, ProjectMilestoneKind.FINAL_REPORT};
    }

    public ProjectDocumentKind[] getDocumentKinds() {
        return ProjectDocumentKind.values();
    }

    public AssetStatus[] getAssetStatuses() {
        return AssetStatus.values();
    }

    public ProjectBudgetKind[] getBudgetKinds() {
        return ProjectBudgetKind.values();
    }

    public ProjectView getProject() {
        return project;
    }

    public List<DeliverableRow> getDeliverables() {
        return deliverables;
    }

    public List<AssetRow> getAssets() {
        return assets;
    }

    public List<IndicatorRow> getIndicators() {
        return indicators;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getTab() {
        return tab;
    }

    public void setTab(String tab) {
        this.tab = tab;
    }

    public int getTabIndex() {
        List<String> tabs = List.of("overview", "money", "deliverables", "indicators", "milestones", "assets",
                "documents");
        return Math.max(0, tabs.indexOf(tab == null ? "overview" : tab));
    }

    public void setTabIndex(int index) {
        // the tab view reports the active tab; the page keeps it only through the query parameter
    }

    public ProjectStatus getTarget() {
        return target;
    }

    public void setTarget(ProjectStatus target) {
        this.target = target;
    }

    public TransactionForm getTransaction() {
        return transaction;
    }

    public DeliverableRow getNewDeliverable() {
        return newDeliverable;
    }

    public IndicatorForm getIndicator() {
        return indicator;
    }

    public MilestoneForm getMilestone() {
        return milestone;
    }

    public AssetRow getNewAsset() {
        return newAsset;
    }

    public BudgetForm getBudget() {
        return budget;
    }

    public ProjectDocumentKind getDocumentKind() {
        return documentKind;
    }

    public void setDocumentKind(ProjectDocumentKind documentKind) {
        this.documentKind = documentKind;
    }

    public String getLessons() {
        return lessons;
    }

    public void setLessons(String lessons) {
        this.lessons = lessons;
    }

    private static int zero(Integer value) {
        return value == null ? 0 : value;
    }
}
