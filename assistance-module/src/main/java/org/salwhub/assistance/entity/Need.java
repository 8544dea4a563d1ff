package org.salwhub.assistance.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
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
import java.util.function.Predicate;
import org.salwhub.assistance.api.Confidentiality;
import org.salwhub.assistance.api.LineInput;
import org.salwhub.assistance.api.NeedContext;
import org.salwhub.assistance.api.NeedDraft;
import org.salwhub.assistance.api.NeedId;
import org.salwhub.assistance.api.NeedStatus;
import org.salwhub.assistance.api.NeedView;
import org.salwhub.assistance.api.Priority;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.ValidationException;

/**
 * A State's request for assistance. It carries its own lifecycle: every transition goes through {@link #moveTo},
 * which refuses the ones the lifecycle does not allow; confirmed matches {@link #cover} its line items.
 */
@Entity
@Table(name = "asst_need")
public class Need {

    static final Map<NeedStatus, Set<NeedStatus>> NEXT = new EnumMap<>(NeedStatus.class);

    static {
        NEXT.put(NeedStatus.DRAFT, EnumSet.of(NeedStatus.SUBMITTED, NeedStatus.WITHDRAWN));
        NEXT.put(NeedStatus.RETURNED, EnumSet.of(NeedStatus.SUBMITTED, NeedStatus.WITHDRAWN));
        NEXT.put(NeedStatus.SUBMITTED, EnumSet.of(NeedStatus.VALIDATED, NeedStatus.RETURNED, NeedStatus.WITHDRAWN));
        NEXT.put(NeedStatus.VALIDATED, EnumSet.of(NeedStatus.PUBLISHED, NeedStatus.RETURNED, NeedStatus.WITHDRAWN));
        NEXT.put(NeedStatus.PUBLISHED, EnumSet.of(NeedStatus.PARTIALLY_MATCHED, NeedStatus.MATCHED,
                NeedStatus.WITHDRAWN, NeedStatus.EXPIRED));
        NEXT.put(NeedStatus.PARTIALLY_MATCHED, EnumSet.of(NeedStatus.PARTIALLY_MATCHED, NeedStatus.MATCHED,
                NeedStatus.IN_PROJECT, NeedStatus.WITHDRAWN));
        NEXT.put(NeedStatus.MATCHED, EnumSet.of(NeedStatus.IN_PROJECT));
        NEXT.put(NeedStatus.IN_PROJECT, EnumSet.of(NeedStatus.FULFILLED));
        NEXT.put(NeedStatus.FULFILLED, EnumSet.noneOf(NeedStatus.class));
        NEXT.put(NeedStatus.WITHDRAWN, EnumSet.noneOf(NeedStatus.class));
        NEXT.put(NeedStatus.EXPIRED, EnumSet.noneOf(NeedStatus.class));
    }

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 2000;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int MAX_QUANTITY = 1_000_000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "state_id", nullable = false, length = 36)
    private String stateId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @jakarta.persistence.Lob
    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Column(nullable = false, length = 1000)
    private String themes;

    @Column(name = "assistance_types", nullable = false, length = 400)
    private String assistanceTypes;

    @OneToMany(mappedBy = "need", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<NeedLine> lines = new ArrayList<>();

    @Column(name = "estimated_cost", precision = 15, scale = 2)
    private BigDecimal estimatedCost;

    @Column(length = 3)
    private String currency;

    @Column(name = "national_contribution", length = TEXT_MAX)
    private String nationalContribution;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Priority priority;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "need_context", length = 20)
    private NeedContext context;

    @Column(name = "gender_considerations", length = TEXT_MAX)
    private String genderConsiderations;

    @Column(name = "beneficiary_agency", length = 200)
    private String beneficiaryAgency;

    @Column(name = "delivery_site", length = 200)
    private String deliverySite;

    @Column(name = "source_link", length = 500)
    private String sourceLink;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Confidentiality confidentiality;

    @Column(nullable = false, length = 100)
    private String languages;

    @Column(name = "sustain_training", length = TEXT_MAX)
    private String sustainmentTraining;

    @Column(name = "sustain_maintenance", length = TEXT_MAX)
    private String sustainmentMaintenance;

    @Column(name = "sustain_logistics", length = TEXT_MAX)
    private String sustainmentLogistics;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NeedStatus status;

    @Column(name = "review_comment", length = TEXT_MAX)
    private String reviewComment;

    @Column(name = "created_by", length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Version
    private long version;

    protected Need() {
    }

    public Need(NeedId id, NeedDraft draft, String createdBy, Instant now) {
        this.id = id.toString();
        this.stateId = draft.stateId().toString();
        this.status = NeedStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
        describe(draft);
    }

    // ------------------------------------------------------------------ checks

    /** What is wrong with a draft whatever its status: lengths, quantities, money, dates, the link. */
    public static List<FieldError> check(NeedDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.stateId() == null) {
            errors.add(FieldError.of("stateId", "required"));
        }
        Texts.required(errors, "title", draft.title(), TITLE_MAX);
        Texts.max(errors, "description", draft.description(), DESCRIPTION_MAX);
        Texts.max(errors, "nationalContribution", draft.nationalContribution(), TEXT_MAX);
        Texts.max(errors, "genderConsiderations", draft.genderConsiderations(), TEXT_MAX);
        Texts.max(errors, "beneficiaryAgency", draft.beneficiaryAgency(), 200);
        Texts.max(errors, "deliverySite", draft.deliverySite(), 200);
        Texts.max(errors, "sustainmentTraining", draft.sustainmentTraining(), TEXT_MAX);
        Texts.max(errors, "sustainmentMaintenance", draft.sustainmentMaintenance(), TEXT_MAX);
        Texts.max(errors, "sustainmentLogistics", draft.sustainmentLogistics(), TEXT_MAX);
        Texts.link(errors, "sourceLink", draft.sourceLink());
        Texts.money(errors, "estimatedCost", draft.estimatedCost(), draft.currency());
        Texts.lines(errors, draft.lines());
        Texts.languages(errors, draft.languages());
        if (draft.periodFrom() != null && draft.periodTo() != null && draft.periodTo().isBefore(draft.periodFrom())) {
            errors.add(FieldError.of("periodTo", "period.order"));
        }
        return errors;
    }

    /**
     * What a need still lacks to be submitted: themes, assistance types, the national contribution, a period,
     * and a sustainment plan (operator training, maintenance and logistics) when a line asks for equipment.
     */
    public List<FieldError> incompleteness(Predicate<String> isEquipment) {
        List<FieldError> errors = new ArrayList<>();
        if (themes().isEmpty()) {
            errors.add(FieldError.of("themes", "required"));
        }
        if (assistanceTypes().isEmpty()) {
            errors.add(FieldError.of("assistanceTypes", "required"));
        }
        if (nationalContribution == null) {
            errors.add(FieldError.of("nationalContribution", "need.nationalContribution"));
        }
        if (periodFrom == null) {
            errors.add(FieldError.of("periodFrom", "required"));
        }
        if (periodTo == null) {
            errors.add(FieldError.of("periodTo", "required"));
        }
        if (lines.stream().anyMatch(line -> isEquipment.test(line.itemCode()))) {
            if (sustainmentTraining == null) {
                errors.add(FieldError.of("sustainmentTraining", "need.sustainment"));
            }
            if (sustainmentMaintenance == null) {
                errors.add(FieldError.of("sustainmentMaintenance", "need.sustainment"));
            }
            if (sustainmentLogistics == null) {
                errors.add(FieldError.of("sustainmentLogistics", "need.sustainment"));
            }
        }
        return errors;
    }

    // ------------------------------------------------------------------ behaviour

    /** Takes a checked draft (see {@link #check}). Lines are replaced: only possible before any match. */
    public void describe(NeedDraft draft) {
        if (!draft.stateId().toString().equals(stateId)) {
            throw new ValidationException("stateId", "need.stateFixed");
        }
        this.title = draft.title().trim();
        this.description = Texts.clean(draft.description());
        this.themes = CodeList.join(draft.themes());
        this.assistanceTypes = CodeList.join(draft.assistanceTypes());
        replaceLines(draft.lines());
        this.estimatedCost = draft.estimatedCost();
        this.currency = Texts.currency(draft.currency());
        this.nationalContribution = Texts.clean(draft.nationalContribution());
        this.priority = draft.priority() == null ? Priority.MEDIUM : draft.priority();
        this.periodFrom = draft.periodFrom();
        this.periodTo = draft.periodTo();
        this.context = draft.context();
        this.genderConsiderations = Texts.clean(draft.genderConsiderations());
        this.beneficiaryAgency = Texts.clean(draft.beneficiaryAgency());
        this.deliverySite = Texts.clean(draft.deliverySite());
        this.sourceLink = Texts.clean(draft.sourceLink());
        this.confidentiality = draft.confidentiality() == null ? Confidentiality.NETWORK : draft.confidentiality();
        this.languages = CodeList.join(draft.languages().stream().map(l -> l.trim().toLowerCase()).toList());
        this.sustainmentTraining = Texts.clean(draft.sustainmentTraining());
        this.sustainmentMaintenance = Texts.clean(draft.sustainmentMaintenance());
        this.sustainmentLogistics = Texts.clean(draft.sustainmentLogistics());
    }

    private void replaceLines(List<LineInput> inputs) {
        if (lines.stream().anyMatch(line -> line.done() > 0)) {
            throw new ValidationException("lines", "lines.committed");
        }
        lines.clear();
        int no = 1;
        for (LineInput input : inputs) {
            lines.add(new NeedLine(this, no++, input));
        }
    }

    /** Moves to {@code target}, or refuses a transition the lifecycle does not allow. */
    public void moveTo(NeedStatus target, LocalDate today) {
        if (!NEXT.get(status).contains(target)) {
            throw new ValidationException("status", "transition.illegal", status, target);
        }
        status = target;
        switch (target) {
            case SUBMITTED -> submittedAt = Instant.now();
            case PUBLISHED -> publishedOn = today;
            case FULFILLED, WITHDRAWN, EXPIRED -> closedOn = today;
            default -> {
            }
        }
    }

    public static boolean allows(NeedStatus from, NeedStatus to) {
        return NEXT.get(from).contains(to);
    }

    /**
     * Submits the need for review: only a draft or a returned need, and only once complete (see
     * {@link #incompleteness}).
     */
    public void submit(Predicate<String> isEquipment, LocalDate today) {
        if (!allows(status, NeedStatus.SUBMITTED)) {
            throw new ValidationException("status", "transition.illegal", status, NeedStatus.SUBMITTED);
        }
        List<FieldError> errors = incompleteness(isEquipment);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        moveTo(NeedStatus.SUBMITTED, today);
    }

    /** A need goes back to its State only with a comment saying what to change, of bounded length. */
    public static void requireReturnComment(String comment) {
        if (comment == null || comment.isBlank()) {
            throw new ValidationException("comment", "need.returnComment");
        }
        if (comment.trim().length() > TEXT_MAX) {
            throw new ValidationException("comment", "tooLong", TEXT_MAX);
        }
    }

    /** Sent back to the State with what to change (see {@link #requireReturnComment}). */
    public void returnWith(String comment, LocalDate today) {
        requireReturnComment(comment);
        moveTo(NeedStatus.RETURNED, today);
        reviewComment = comment.trim();
    }

    /** Whether the desired period ended while the need waited without any confirmed match. */
    public boolean isOverdue(LocalDate today) {
        return status == NeedStatus.PUBLISHED && periodTo != null && periodTo.isBefore(today);
    }

    /** The line for an item still needing quantity, if any. */
    public Optional<NeedLine> line(String itemCode) {
        return lines.stream().filter(line -> line.itemCode().equals(itemCode)).findFirst();
    }

    /** Records what a confirmed match provides, and becomes partially matched or matched. */
    public void cover(Map<String, Integer> quantities, LocalDate today) {
        for (Map.Entry<String, Integer> entry : quantities.entrySet()) {
            NeedLine line = line(entry.getKey()).orElseThrow(
                    () -> new ValidationException("lines", "match.notRequested", entry.getKey()));
            if (entry.getValue() > line.remaining()) {
                throw new ValidationException("lines", "match.alreadyCovered", entry.getKey(), line.remaining());
            }
            line.take(entry.getValue());
        }
        boolean complete = lines.stream().allMatch(line -> line.remaining() == 0);
        moveTo(complete ? NeedStatus.MATCHED : NeedStatus.PARTIALLY_MATCHED, today);
    }

    public boolean isVisibleToNetwork() {
        return NeedStatus.VISIBLE.contains(status) && confidentiality == Confidentiality.NETWORK;
    }

    // ------------------------------------------------------------------ reading

    public String id() {
        return id;
    }

    public UUID stateId() {
        return UUID.fromString(stateId);
    }

    public String title() {
        return title;
    }

    public NeedStatus status() {
        return status;
    }

    public Confidentiality confidentiality() {
        return confidentiality;
    }

    public Set<String> themes() {
        return CodeList.split(themes);
    }

    public Set<String> assistanceTypes() {
        return CodeList.split(assistanceTypes);
    }

    public Set<String> languages() {
        return CodeList.split(languages);
    }

    public List<NeedLine> lines() {
        return List.copyOf(lines);
    }

    public BigDecimal estimatedCost() {
        return estimatedCost;
    }

    public String currency() {
        return currency;
    }

    public LocalDate periodFrom() {
        return periodFrom;
    }

    public LocalDate periodTo() {
        return periodTo;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    public NeedView view() {
        return new NeedView(NeedId.of(id), stateId(), title, description, themes(), assistanceTypes(),
                lines.stream().map(ItemLine::view).toList(), estimatedCost, currency, nationalContribution, priority,
                periodFrom, periodTo, context, genderConsiderations, beneficiaryAgency, deliverySite, sourceLink,
                confidentiality, languages(), sustainmentTraining, sustainmentMaintenance, sustainmentLogistics,
                status, reviewComment, createdBy, createdAt, submittedAt, publishedOn, version, List.of());
    }
}
