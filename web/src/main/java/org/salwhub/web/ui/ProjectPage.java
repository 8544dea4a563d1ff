package org.salwhub.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.salwhub.assistance.api.project.AssetInput;
import org.salwhub.assistance.api.project.AssetLogEntry;
import org.salwhub.assistance.api.project.AssetStatus;
import org.salwhub.assistance.api.project.AssetView;
import org.salwhub.assistance.api.project.ProjectBudgetKind;
import org.salwhub.assistance.api.project.ProjectBudgetLine;
import org.salwhub.assistance.api.project.ProjectDeliverableInput;
import org.salwhub.assistance.api.project.ProjectDeliverableView;
import org.salwhub.assistance.api.project.ProjectDocumentFile;
import org.salwhub.assistance.api.project.ProjectDocumentKind;
import org.salwhub.assistance.api.project.ProjectDocumentUpload;
import org.salwhub.assistance.api.project.ProjectDocumentView;
import org.salwhub.assistance.api.project.ProjectFacade;
import org.salwhub.assistance.api.project.ProjectId;
import org.salwhub.assistance.api.project.ProjectIndicatorInput;
import org.salwhub.assistance.api.project.ProjectIndicatorPeriod;
import org.salwhub.assistance.api.project.ProjectIndicatorView;
import org.salwhub.assistance.api.project.ProjectMilestoneInput;
import org.salwhub.assistance.api.project.ProjectMilestoneKind;
import org.salwhub.assistance.api.project.ProjectMilestoneView;
import org.salwhub.assistance.api.project.ProjectStatus;
import org.salwhub.assistance.api.project.ProjectTransactionInput;
import org.salwhub.assistance.api.project.ProjectTransactionType;
import org.salwhub.assistance.api.project.ProjectView;
import org.salwhub.assistance.api.project.ProjectWarning;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.web.export.ProjectTables;
import org.salwhub.web.i18n.Messages;

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

    // ------------------------------------------------------------------ editable rows and forms

    /** A deliverable line as the page edits it. */
    public static final class DeliverableRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private UUID id;
        private long version;
        private String itemCode;
        private String description;
        private Integer planned;
        private Integer delivered;
        private Integer installed;
        private Integer operational;
        private Integer traineesFemale;
        private Integer traineesMale;

        static DeliverableRow of(ProjectDeliverableView d) {
            DeliverableRow row = new DeliverableRow();
            row.id = d.id();
            row.version = d.version();
            row.itemCode = d.itemCode();
            row.description = d.description();
            row.planned = d.planned();
            row.delivered = d.delivered();
            row.installed = d.installed();
            row.operational = d.operational();
            row.traineesFemale = d.traineesFemale();
            row.traineesMale = d.traineesMale();
            return row;
        }

        ProjectDeliverableInput input() {
            return new ProjectDeliverableInput(id, itemCode, description, zero(planned), zero(delivered),
                    zero(installed), zero(operational), zero(traineesFemale), zero(traineesMale), version);
        }

        void reset() {
            itemCode = null;
            description = null;
            planned = null;
            delivered = null;
            installed = null;
            operational = null;
            traineesFemale = null;
            traineesMale = null;
        }

        public int getPercent() {
            return zero(planned) == 0 ? 0 : Math.min(100, Math.round(zero(delivered) * 100f / zero(planned)));
        }

        public UUID getId() {
            return id;
        }

        public String getItemCode() {
            return itemCode;
        }

        public void setItemCode(String itemCode) {
            this.itemCode = itemCode;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public Integer getPlanned() {
            return planned;
        }

        public void setPlanned(Integer planned) {
            this.planned = planned;
        }

        public Integer getDelivered() {
            return delivered;
        }

        public void setDelivered(Integer delivered) {
            this.delivered = delivered;
        }

        public Integer getInstalled() {
            return installed;
        }

        public void setInstalled(Integer installed) {
            this.installed = installed;
        }

        public Integer getOperational() {
            return operational;
        }

        public void setOperational(Integer operational) {
            this.operational = operational;
        }

        public Integer getTraineesFemale() {
            return traineesFemale;
        }

        public void setTraineesFemale(Integer traineesFemale) {
            this.traineesFemale = traineesFemale;
        }

        public Integer getTraineesMale() {
            return traineesMale;
        }

        public void setTraineesMale(Integer traineesMale) {
            this.traineesMale = traineesMale;
        }
    }

    /** An asset as the page edits it; a log note is added when saved. */
    public static final class AssetRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private UUID id;
        private long version;
        private AssetView view;
        private String serialNumber;
        private String model;
        private String custodianAgency;
        private String location;
        private AssetStatus status = AssetStatus.OPERATIONAL;
        private Integer trainedOperators;
        private String logNote;

        static AssetRow of(AssetView a) {
            AssetRow row = new AssetRow();
            row.id = a.id();
            row.version = a.version();
            row.view = a;
            row.serialNumber = a.serialNumber();
            row.model = a.model();
            row.custodianAgency = a.custodianAgency();
            row.location = a.location();
            row.status = a.status();
            row.trainedOperators = a.trainedOperators();
            return row;
        }

        AssetInput input() {
            return new AssetInput(id, serialNumber, model, view == null ? "MARKING_MACHINE" : view.equipmentType(),
                    view == null ? null : view.stateId(), custodianAgency, location, status, zero(trainedOperators),
                    null, version);
        }

        void reset() {
            serialNumber = null;
            model = null;
            custodianAgency = null;
            location = null;
            status = AssetStatus.OPERATIONAL;
            trainedOperators = null;
        }

        public AssetView getView() {
            return view;
        }

        public String getSerialNumber() {
            return serialNumber;
        }

        public void setSerialNumber(String serialNumber) {
            this.serialNumber = serialNumber;
        }

        public String getModel() {
            return model;
        }

        public void setModel(String model) {
            this.model = model;
        }

        public String getCustodianAgency() {
            return custodianAgency;
        }

        public void setCustodianAgency(String custodianAgency) {
            this.custodianAgency = custodianAgency;
        }

        public String getLocation() {
            return location;
        }

        public void setLocation(String location) {
            this.location = location;
        }

        public AssetStatus getStatus() {
            return status;
        }

        public void setStatus(AssetStatus status) {
            this.status = status;
        }

        public Integer getTrainedOperators() {
            return trainedOperators;
        }

        public void setTrainedOperators(Integer trainedOperators) {
            this.trainedOperators = trainedOperators;
        }

        public String getLogNote() {
            return logNote;
        }

        public void setLogNote(String logNote) {
            this.logNote = logNote;
        }
    }

    /** An indicator whose latest period's actual value the page edits. */
    public static final class IndicatorRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private ProjectIndicatorView view;
        private BigDecimal actual;

        static IndicatorRow of(ProjectIndicatorView v) {
            IndicatorRow row = new IndicatorRow();
            row.view = v;
            row.actual = v.periods().isEmpty() ? null : v.periods().get(v.periods().size() - 1).actual();
            return row;
        }

        ProjectIndicatorInput input() {
            List<ProjectIndicatorPeriod> periods = new ArrayList<>(view.periods());
            if (!periods.isEmpty()) {
                ProjectIndicatorPeriod last = periods.remove(periods.size() - 1);
                periods.add(new ProjectIndicatorPeriod(last.start(), last.end(), last.target(), actual));
            }
            return new ProjectIndicatorInput(view.id(), view.title(), view.percentage(), view.unit(),
                    view.baselineYear(), view.baseline(), periods, view.version());
        }

        public ProjectIndicatorView getView() {
            return view;
        }

        public boolean isHasPeriod() {
            return !view.periods().isEmpty();
        }

        public BigDecimal getActual() {
            return actual;
        }

        public void setActual(BigDecimal actual) {
            this.actual = actual;
        }
    }

    /** A new transaction. */
    public static final class TransactionForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private ProjectTransactionType type = ProjectTransactionType.DISBURSEMENT;
        private LocalDate date = LocalDate.now();
        private BigDecimal amount;
        private String currency = "USD";
        private String provider;
        private String receiverName;
        private String description;

        ProjectTransactionInput input(RegistryFacade registry) {
            UUID providerId = provider == null || provider.isBlank() ? null
                    : registry.organisationByAcronym(provider).map(o -> o.id().value()).orElse(null);
            return new ProjectTransactionInput(type, date, amount, currency, providerId,
                    providerId == null ? provider : null, null, receiverName, description);
        }

        void reset() {
            amount = null;
            description = null;
        }

        public ProjectTransactionType getType() {
            return type;
        }

        public void setType(ProjectTransactionType type) {
            this.type = type;
        }

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public String getCurrency() {
            return currency;
        }

        public void setCurrency(String currency) {
            this.currency = currency;
        }

        public String getProvider() {
            return provider;
        }

        public void setProvider(String provider) {
            this.provider = provider;
        }

        public String getReceiverName() {
            return receiverName;
        }

        public void setReceiverName(String receiverName) {
            this.receiverName = receiverName;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }

    /** A new budget line. */
    public static final class BudgetForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private ProjectBudgetKind kind = ProjectBudgetKind.ORIGINAL;
        private Integer year = LocalDate.now().getYear();
        private BigDecimal amount;
        private String currency = "USD";

        public ProjectBudgetKind getKind() {
            return kind;
        }

        public void setKind(ProjectBudgetKind kind) {
            this.kind = kind;
        }

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public String getCurrency() {
            return currency;
        }

        public void setCurrency(String currency) {
            this.currency = currency;
        }
    }

    /** A new indicator with one period. */
    public static final class IndicatorForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String title;
        private boolean percentage;
        private String unit;
        private BigDecimal baseline;
        private LocalDate start = LocalDate.now();
        private LocalDate end = LocalDate.now().plusYears(1);
        private BigDecimal target;

        ProjectIndicatorInput input() {
            return new ProjectIndicatorInput(null, title, percentage, unit, baseline == null ? null
                    : start == null ? null : start.getYear(), baseline,
                    start == null && end == null ? List.of()
                            : List.of(new ProjectIndicatorPeriod(start, end, target, null)), 0);
        }

        void reset() {
            title = null;
            unit = null;
            baseline = null;
            target = null;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public boolean isPercentage() {
            return percentage;
        }

        public void setPercentage(boolean percentage) {
            this.percentage = percentage;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public BigDecimal getBaseline() {
            return baseline;
        }

        public void setBaseline(BigDecimal baseline) {
            this.baseline = baseline;
        }

        public LocalDate getStart() {
            return start;
        }

        public void setStart(LocalDate start) {
            this.start = start;
        }

        public LocalDate getEnd() {
            return end;
        }

        public void setEnd(LocalDate end) {
            this.end = end;
        }

        public BigDecimal getTarget() {
            return target;
        }

        public void setTarget(BigDecimal target) {
            this.target = target;
        }
    }

    /** A new milestone or report. */
    public static final class MilestoneForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private ProjectMilestoneKind kind = ProjectMilestoneKind.NARRATIVE_REPORT;
        private String title;
        private LocalDate dueOn;

        ProjectMilestoneInput input() {
            return new ProjectMilestoneInput(null, kind, title, dueOn, null, null, 0);
        }

        void reset() {
            title = null;
            dueOn = null;
        }

        public ProjectMilestoneKind getKind() {
            return kind;
        }

        public void setKind(ProjectMilestoneKind kind) {
            this.kind = kind;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public LocalDate getDueOn() {
            return dueOn;
        }

        public void setDueOn(LocalDate dueOn) {
            this.dueOn = dueOn;
        }
    }

}
