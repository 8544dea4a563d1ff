package org.salwhub.assistance.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.salwhub.assistance.api.project.ProjectBudgetLine;
import org.salwhub.assistance.api.project.ProjectDeliverableInput;
import org.salwhub.assistance.api.project.ProjectDraft;
import org.salwhub.assistance.api.project.ProjectGenderMarker;
import org.salwhub.assistance.api.project.ProjectIndicatorInput;
import org.salwhub.assistance.api.project.ProjectMilestoneInput;
import org.salwhub.assistance.api.project.ProjectMilestoneKind;
import org.salwhub.assistance.api.project.ProjectOrgRole;
import org.salwhub.assistance.api.project.ProjectParticipant;
import org.salwhub.assistance.api.project.ProjectStatus;
import org.salwhub.assistance.api.project.ProjectTransactionInput;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.LocalizedText;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.kernel.VersionConflictException;

/**
 * An assistance project after the IATI activity standard. Its IATI status moves only along {@link #NEXT}, and each
 * status requires the fields that make sense for it ({@link #moveTo}). Sets of IDs and codes are kept as
 * {@link CodeList} columns; the parts (parties, budgets, transactions, deliverables, indicators, milestones) belong
 * to the aggregate.
 */
@Entity
@Table(name = "asst_prj_project")
@NamedQuery(name = "Project.byIdentifier", query = "SELECT p FROM Project p WHERE p.iatiIdentifier = :identifier")
@NamedQuery(name = "Project.ofMatch", query = "SELECT p FROM Project p WHERE p.matchIds LIKE :match")
@NamedQuery(name = "Project.active", query = "SELECT p FROM Project p WHERE p.status IN :statuses")
public class Project {

    static final Map<ProjectStatus, Set<ProjectStatus>> NEXT = new EnumMap<>(ProjectStatus.class);

    static {
        NEXT.put(ProjectStatus.PIPELINE, EnumSet.of(ProjectStatus.IMPLEMENTATION, ProjectStatus.CANCELLED));
        NEXT.put(ProjectStatus.IMPLEMENTATION, EnumSet.of(ProjectStatus.FINALISATION, ProjectStatus.SUSPENDED,
                ProjectStatus.CANCELLED));
        NEXT.put(ProjectStatus.SUSPENDED, EnumSet.of(ProjectStatus.IMPLEMENTATION, ProjectStatus.CANCELLED));
        NEXT.put(ProjectStatus.FINALISATION, EnumSet.of(ProjectStatus.CLOSED, ProjectStatus.IMPLEMENTATION));
        NEXT.put(ProjectStatus.CLOSED, EnumSet.noneOf(ProjectStatus.class));
        NEXT.put(ProjectStatus.CANCELLED, EnumSet.noneOf(ProjectStatus.class));
    }

    public static final int IDENTIFIER_MAX = 150;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "iati_identifier", nullable = false, length = IDENTIFIER_MAX)
    private String iatiIdentifier;

    @Column(name = "title_en", length = 300)
    private String titleEn;
    @Column(name = "title_fr", length = 300)
    private String titleFr;
    @Column(name = "title_ar", length = 300)
    private String titleAr;
    @Lob
    @Column(name = "description_en")
    private String descriptionEn;
    @Lob
    @Column(name = "description_fr")
    private String descriptionFr;
    @Lob
    @Column(name = "description_ar")
    private String descriptionAr;

    @Column(name = "recipient_states", nullable = false, length = 1000)
    private String recipientStates;
    @Column(name = "need_ids", nullable = false, length = 2000)
    private String needIds;
    @Column(name = "offer_ids", nullable = false, length = 2000)
    private String offerIds;
    @Column(name = "match_ids", nullable = false, length = 2000)
    private String matchIds;
    @Column(nullable = false, length = 1000)
    private String themes;
    /** The funding organisations' IDs, derived from the parties, for "projects this donor funds". */
    @Column(nullable = false, length = 1000)
    private String funders;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender_marker", nullable = false, length = 20)
    private ProjectGenderMarker genderMarker;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProjectStatus status;

    @Column(nullable = false)
    private boolean confidential;

    @Column(name = "planned_start")
    private LocalDate plannedStart;
    @Column(name = "planned_end")
    private LocalDate plannedEnd;
    @Column(name = "actual_start")
    private LocalDate actualStart;
    @Column(name = "actual_end")
    private LocalDate actualEnd;

    @Lob
    private String lessons;

    /** MANUAL, MATCH or IMPORT. */
    @Column(nullable = false, length = 10)
    private String origin;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<ProjectParty> parties = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("year, kind")
    private List<ProjectBudget> budgets = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("date")
    private List<ProjectTransaction> transactions = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<ProjectDeliverable> deliverables = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("title")
    private List<ProjectIndicator> indicators = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dueOn")
    private List<ProjectMilestone> milestones = new ArrayList<>();

    @Version
    private long version;

    protected Project() {
    }

    public Project(UUID id, ProjectDraft draft, String origin, String createdBy, Instant now) {
        this.id = id.toString();
        this.status = ProjectStatus.PIPELINE;
        this.origin = origin;
        this.createdBy = createdBy;
        this.createdAt = now;
        describe(draft);
    }

    public void describe(ProjectDraft d) {
        List<FieldError> errors = ProjectRules.check(d);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        this.iatiIdentifier = d.iatiIdentifier().trim();
        this.titleEn = Texts.clean(d.titleEn());
        this.titleFr = Texts.clean(d.titleFr());
        this.titleAr = Texts.clean(d.titleAr());
        this.descriptionEn = Texts.clean(d.descriptionEn());
        this.descriptionFr = Texts.clean(d.descriptionFr());
        this.descriptionAr = Texts.clean(d.descriptionAr());
        this.recipientStates = CodeList.join(d.recipientStates());
        this.needIds = CodeList.join(d.needIds());
        this.offerIds = CodeList.join(d.offerIds());
        this.matchIds = CodeList.join(d.matchIds());
        this.themes = CodeList.join(d.themes());
        this.genderMarker = d.genderMarker() == null ? ProjectGenderMarker.NOT_TARGETED : d.genderMarker();
        this.confidential = d.confidential();
        this.plannedStart = d.plannedStart();
        this.plannedEnd = d.plannedEnd();
        this.actualStart = d.actualStart();
        this.actualEnd = d.actualEnd();
        this.lessons = Texts.clean(d.lessonsLearned());
        List<ProjectParticipant> wanted = d.participants();
        boolean same = wanted.equals(parties.stream().map(ProjectParty::view).toList());
        if (!same) {
            parties.clear();
            for (int i = 0; i < wanted.size(); i++) {
                parties.add(new ProjectParty(this, i + 1, wanted.get(i)));
            }
        }
        this.funders = CodeList.join(wanted.stream().filter(p -> p.role() == ProjectOrgRole.FUNDING)
                .filter(p -> p.organisationId() != null).map(ProjectParticipant::organisationId).toList());
        if (status != null && status != ProjectStatus.PIPELINE) {
            requireFieldsOf(status);
        }
    }

    /**
     * Moves the IATI status. Implementation and finalisation need an actual start; closing needs actual start and
     * end dates and a submitted final report.
     */
    public void moveTo(ProjectStatus target) {
        if (target == null || !NEXT.get(status).contains(target)) {
            throw new ValidationException("status", "project.status.transition", status, target);
        }
        requireFieldsOf(target);
        this.status = target;
    }

    private void requireFieldsOf(ProjectStatus target) {
        List<FieldError> errors = requirements(target);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    public static boolean allows(ProjectStatus from, ProjectStatus to) {
        return NEXT.getOrDefault(from, Set.of()).contains(to);
    }

    private List<FieldError> requirements(ProjectStatus target) {
        List<FieldError> errors = new ArrayList<>();
        if (target == ProjectStatus.IMPLEMENTATION || target == ProjectStatus.FINALISATION
                || target == ProjectStatus.CLOSED) {
            if (actualStart == null) {
                errors.add(FieldError.of("actualStart", "project.status.needsActualStart"));
            }
        }
        if (target == ProjectStatus.CLOSED) {
            if (actualEnd == null) {
                errors.add(FieldError.of("actualEnd", "project.status.needsActualEnd"));
            }
            if (milestones.stream().noneMatch(m -> m.kind() == ProjectMilestoneKind.FINAL_REPORT && m.isDone())) {
                errors.add(FieldError.of("milestones", "project.status.needsFinalReport"));
            }
        }
        return errors;
    }

    public void replaceBudgets(List<ProjectBudgetLine> lines) {
        List<FieldError> errors = new ArrayList<>();
        for (ProjectBudgetLine line : lines) {
            errors.addAll(ProjectRules.checkBudget(line));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        budgets.clear();
        lines.forEach(line -> budgets.add(new ProjectBudget(this, line)));
    }

    public ProjectTransaction addTransaction(ProjectTransactionInput in, String by) {
        List<FieldError> errors = ProjectRules.checkTransaction(in);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ProjectTransaction tx = new ProjectTransaction(this, in, by);
        transactions.add(tx);
        return tx;
    }

    public boolean removeTransaction(String transactionId) {
        return transactions.removeIf(t -> t.id().equals(transactionId));
    }

    public ProjectDeliverable saveDeliverable(ProjectDeliverableInput in) {
        if (in.id() == null) {
            int next = deliverables.stream().mapToInt(ProjectDeliverable::lineNo).max().orElse(0) + 1;
            ProjectDeliverable line = new ProjectDeliverable(this, next, in);
            deliverables.add(line);
            return line;
        }
        ProjectDeliverable line = deliverables.stream().filter(d -> d.id().equals(in.id().toString())).findFirst()
                .orElseThrow(() -> new ValidationException("id", "project.part.unknown"));
        VersionConflictException.check("ProjectDeliverable", line.id(), in.expectedVersion(), line.version());
        line.record(in);
        return line;
    }

    public boolean removeDeliverable(String deliverableId) {
        return deliverables.removeIf(d -> d.id().equals(deliverableId));
    }

    public ProjectIndicator saveIndicator(ProjectIndicatorInput in) {
        if (in.id() == null) {
            ProjectIndicator indicator = new ProjectIndicator(this, in);
            indicators.add(indicator);
            return indicator;
        }
        ProjectIndicator indicator = indicators.stream().filter(i -> i.id().equals(in.id().toString())).findFirst()
                .orElseThrow(() -> new ValidationException("id", "project.part.unknown"));
        VersionConflictException.check("ProjectIndicator", indicator.id(), in.expectedVersion(), indicator.version());
        indicator.record(in);
        return indicator;
    }

    public Optional<ProjectMilestone> milestone(UUID id) {
        return id == null ? Optional.empty()
                : milestones.stream().filter(m -> m.id().equals(id.toString())).findFirst();
    }

    public ProjectMilestone saveMilestone(ProjectMilestoneInput in) {
        if (in.id() == null) {
            ProjectMilestone m = new ProjectMilestone(this, in);
            milestones.add(m);
            return m;
        }
        ProjectMilestone m = milestone(in.id())
                .orElseThrow(() -> new ValidationException("id", "project.part.unknown"));
        VersionConflictException.check("ProjectMilestone", m.id(), in.expectedVersion(), m.version());
        m.record(in);
        return m;
    }

    public void recordLessons(String text) {
        List<FieldError> errors = new ArrayList<>();
        Texts.max(errors, "lessonsLearned", text, 20000);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        this.lessons = Texts.clean(text);
    }

    // ------------------------------------------------------------------ reading

    public String id() {
        return id;
    }

    public UUID uuid() {
        return UUID.fromString(id);
    }

    public String iatiIdentifier() {
        return iatiIdentifier;
    }

    public LocalizedText title() {
        String en = titleEn != null ? titleEn : titleFr != null ? titleFr : titleAr;
        return new LocalizedText(en, titleFr, titleAr);
    }

    public Optional<LocalizedText> description() {
        String en = descriptionEn != null ? descriptionEn : descriptionFr != null ? descriptionFr : descriptionAr;
        return en == null ? Optional.empty() : Optional.of(new LocalizedText(en, descriptionFr, descriptionAr));
    }

    public String titleEn() {
        return titleEn;
    }

    public String titleFr() {
        return titleFr;
    }

    public String titleAr() {
        return titleAr;
    }

    public String descriptionEn() {
        return descriptionEn;
    }

    public String descriptionFr() {
        return descriptionFr;
    }

    public String descriptionAr() {
        return descriptionAr;
    }

    public Set<UUID> recipientStates() {
        return uuids(recipientStates);
    }

    public Set<UUID> needIds() {
        return uuids(needIds);
    }

    public Set<UUID> offerIds() {
        return uuids(offerIds);
    }

    public Set<UUID> matchIds() {
        return uuids(matchIds);
    }

    public Set<UUID> funders() {
        return uuids(funders);
    }

    private static Set<UUID> uuids(String column) {
        return CodeList.split(column).stream().map(UUID::fromString).collect(Collectors.toUnmodifiableSet());
    }

    public Set<String> themes() {
        return CodeList.split(themes);
    }

    public ProjectGenderMarker genderMarker() {
        return genderMarker;
    }

    public ProjectStatus status() {
        return status;
    }

    public boolean confidential() {
        return confidential;
    }

    public LocalDate plannedStart() {
        return plannedStart;
    }

    public LocalDate plannedEnd() {
        return plannedEnd;
    }

    public LocalDate actualStart() {
        return actualStart;
    }

    public LocalDate actualEnd() {
        return actualEnd;
    }

    /** The period the project runs: actual dates where known, else planned. */
    public LocalDate start() {
        return actualStart != null ? actualStart : plannedStart;
    }

    public LocalDate end() {
        return actualEnd != null ? actualEnd : plannedEnd;
    }

    public String lessons() {
        return lessons;
    }

    public String origin() {
        return origin;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    public List<ProjectParticipant> participants() {
        return parties.stream().map(ProjectParty::view).toList();
    }

    public List<ProjectBudgetLine> budgets() {
        return budgets.stream().map(ProjectBudget::view).toList();
    }

    public List<ProjectTransaction> transactions() {
        return List.copyOf(transactions);
    }

    public List<ProjectDeliverable> deliverables() {
        return List.copyOf(deliverables);
    }

    public List<ProjectIndicator> indicators() {
        return List.copyOf(indicators);
    }

    public List<ProjectMilestone> milestones() {
        return List.copyOf(milestones);
    }

    /** The draft that describes this project as it is (to change a few fields). */
    public ProjectDraft draft() {
        return new ProjectDraft(iatiIdentifier, titleEn, titleFr, titleAr, descriptionEn, descriptionFr,
                descriptionAr, recipientStates(), participants(), needIds(), offerIds(), matchIds(), themes(),
                genderMarker, confidential, plannedStart, plannedEnd, actualStart, actualEnd, lessons);
    }

    /** The latest budget per year: the revised one where there is one, else the original; by currency. */
    public List<ProjectBudgetLine> currentBudgets() {
        Map<Integer, List<ProjectBudgetLine>> byYear = budgets().stream()
                .collect(Collectors.groupingBy(ProjectBudgetLine::year));
        List<ProjectBudgetLine> current = new ArrayList<>();
        byYear.values().forEach(lines -> {
            boolean revised = lines.stream().anyMatch(l -> l.kind()
                    == org.salwhub.assistance.api.project.ProjectBudgetKind.REVISED);
            lines.stream().filter(l -> !revised
                    || l.kind() == org.salwhub.assistance.api.project.ProjectBudgetKind.REVISED)
                    .forEach(current::add);
        });
        return current;
    }

    public BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
