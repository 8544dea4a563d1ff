package org.salwhub.assistance.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
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
import org.salwhub.assistance.api.LineInput;
import org.salwhub.assistance.api.OfferDraft;
import org.salwhub.assistance.api.OfferId;
import org.salwhub.assistance.api.OfferStatus;
import org.salwhub.assistance.api.OfferView;
import org.salwhub.registry.api.Subregion;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.ValidationException;

/**
 * What a donor organisation can give: capacity as line items and a budget envelope, for eligible States during a
 * validity period. Confirmed matches {@link #commit} its capacity; it refuses to give more than it has.
 */
@Entity
@Table(name = "asst_offer")
public class Offer {

    static final Map<OfferStatus, Set<OfferStatus>> NEXT = new EnumMap<>(OfferStatus.class);

    static {
        NEXT.put(OfferStatus.DRAFT, EnumSet.of(OfferStatus.PUBLISHED, OfferStatus.WITHDRAWN));
        NEXT.put(OfferStatus.PUBLISHED, EnumSet.of(OfferStatus.PARTIALLY_COMMITTED, OfferStatus.FULLY_COMMITTED,
                OfferStatus.EXPIRED, OfferStatus.WITHDRAWN));
        NEXT.put(OfferStatus.PARTIALLY_COMMITTED, EnumSet.of(OfferStatus.PARTIALLY_COMMITTED,
                OfferStatus.FULLY_COMMITTED, OfferStatus.EXPIRED, OfferStatus.WITHDRAWN));
        NEXT.put(OfferStatus.FULLY_COMMITTED, EnumSet.noneOf(OfferStatus.class));
        NEXT.put(OfferStatus.EXPIRED, EnumSet.noneOf(OfferStatus.class));
        NEXT.put(OfferStatus.WITHDRAWN, EnumSet.noneOf(OfferStatus.class));
    }

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "organisation_id", nullable = false, length = 36)
    private String organisationId;

    @Column(nullable = false, length = Need.TITLE_MAX)
    private String title;

    @Column(length = Need.DESCRIPTION_MAX)
    private String description;

    @Column(nullable = false, length = 1000)
    private String themes;

    @Column(name = "assistance_types", nullable = false, length = 400)
    private String assistanceTypes;

    @OneToMany(mappedBy = "offer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<OfferLine> lines = new ArrayList<>();

    @Column(precision = 15, scale = 2)
    private BigDecimal budget;

    @Column(length = 3)
    private String currency;

    @Column(name = "committed_budget", nullable = false, precision = 15, scale = 2)
    private BigDecimal committedBudget = BigDecimal.ZERO;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(nullable = false, length = 100)
    private String languages;

    @Column(name = "implementing_partner", length = 200)
    private String implementingPartner;

    @Lob
    @Column(name = "eligible_states")
    private String eligibleStates;

    @Column(name = "eligible_subregions", nullable = false, length = 500)
    private String eligibleSubregions;

    @Column(name = "offer_conditions", length = Need.TEXT_MAX)
    private String conditions;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private OfferStatus status;

    @Column(name = "created_by", length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Version
    private long version;

    protected Offer() {
    }

    public Offer(OfferId id, OfferDraft draft, String createdBy, Instant now) {
        this.id = id.toString();
        this.organisationId = draft.organisationId().toString();
        this.status = OfferStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
        describe(draft);
    }

    public static List<FieldError> check(OfferDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.organisationId() == null) {
            errors.add(FieldError.of("organisationId", "required"));
        }
        Texts.required(errors, "title", draft.title(), Need.TITLE_MAX);
        Texts.max(errors, "description", draft.description(), Need.DESCRIPTION_MAX);
        Texts.max(errors, "implementingPartner", draft.implementingPartner(), 200);
        Texts.max(errors, "conditions", draft.conditions(), Need.TEXT_MAX);
        Texts.money(errors, "budget", draft.budget(), draft.currency());
        Texts.lines(errors, draft.lines());
        Texts.languages(errors, draft.languages());
        if (draft.validFrom() != null && draft.validTo() != null && draft.validTo().isBefore(draft.validFrom())) {
            errors.add(FieldError.of("validTo", "period.order"));
        }
        return errors;
    }

    /** What an offer lacks to be published: themes, types, a validity period, and capacity or a budget. */
    public List<FieldError> incompleteness(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (themes().isEmpty()) {
            errors.add(FieldError.of("themes", "required"));
        }
        if (assistanceTypes().isEmpty()) {
            errors.add(FieldError.of("assistanceTypes", "required"));
        }
        if (validFrom == null) {
            errors.add(FieldError.of("validFrom", "required"));
        }
        if (validTo == null) {
            errors.add(FieldError.of("validTo", "required"));
        } else if (validTo.isBefore(today)) {
            errors.add(FieldError.of("validTo", "offer.validityOver"));
        }
        if (lines.isEmpty() && (budget == null || budget.signum() == 0)) {
            errors.add(FieldError.of("lines", "offer.capacity"));
        }
        return errors;
    }

    /** Takes a checked draft. Capacity lines and the budget only change before anything is committed. */
    public void describe(OfferDraft draft) {
        if (!draft.organisationId().toString().equals(organisationId)) {
            throw new ValidationException("organisationId", "offer.organisationFixed");
        }
        if (hasCommitments()) {
            if (!sameCapacity(draft)) {
                throw new ValidationException("lines", "lines.committed");
            }
        } else {
            lines.clear();
            int no = 1;
            for (LineInput input : draft.lines()) {
                lines.add(new OfferLine(this, no++, input));
            }
            this.budget = draft.budget();
            this.currency = Texts.currency(draft.currency());
        }
        this.title = draft.title().trim();
        this.description = Texts.clean(draft.description());
        this.themes = CodeList.join(draft.themes());
        this.assistanceTypes = CodeList.join(draft.assistanceTypes());
        this.validFrom = draft.validFrom();
        this.validTo = draft.validTo();
        this.languages = CodeList.join(draft.languages().stream().map(l -> l.trim().toLowerCase()).toList());
        this.implementingPartner = Texts.clean(draft.implementingPartner());
        this.eligibleStates = CodeList.join(draft.eligibleStates());
        this.eligibleSubregions = CodeList.join(draft.eligibleSubregions());
        this.conditions = Texts.clean(draft.conditions());
    }

    private boolean hasCommitments() {
        return committedBudget.signum() > 0 || lines.stream().anyMatch(line -> line.done() > 0);
    }

    private boolean sameCapacity(OfferDraft draft) {
        Map<String, Integer> now = lines.stream().collect(Collectors.toMap(OfferLine::itemCode, OfferLine::quantity));
        Map<String, Integer> asked = draft.lines().stream()
                .collect(Collectors.toMap(l -> l.itemCode().trim(), LineInput::quantity, (a, b) -> a));
        return now.equals(asked) && (budget == null ? draft.budget() == null
                : draft.budget() != null && budget.compareTo(draft.budget()) == 0);
    }

    public void moveTo(OfferStatus target) {
        if (!NEXT.get(status).contains(target)) {
            throw new ValidationException("status", "transition.illegal", status, target);
        }
        status = target;
    }

    /** Only a draft is published, and only once complete (see {@link #incompleteness}). */
    public void publish(LocalDate today) {
        if (status != OfferStatus.DRAFT) {
            throw new ValidationException("status", "transition.illegal", status, OfferStatus.PUBLISHED);
        }
        List<FieldError> errors = incompleteness(today);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        moveTo(OfferStatus.PUBLISHED);
        publishedOn = today;
    }

    /** Refuses a change once the offer is closed (fully committed, expired or withdrawn). */
    public void requireEditable() {
        if (!status.isEditable()) {
            throw new ValidationException("status", "offer.notEditable", status);
        }
    }

    /**
     * Takes a checked draft (see {@link #describe}); a published offer must stay complete (see
     * {@link #incompleteness}).
     */
    public void revise(OfferDraft draft, LocalDate today) {
        describe(draft);
        if (status != OfferStatus.DRAFT) {
            List<FieldError> errors = incompleteness(today);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
        }
    }

    public boolean isOverdue(LocalDate today) {
        return OfferStatus.MATCHABLE.contains(status) && validTo != null && validTo.isBefore(today);
    }

    /** Whether a State of this subregion may receive from the offer. */
    public boolean isEligible(UUID state, Subregion subregion) {
        Set<String> states = CodeList.split(eligibleStates);
        Set<String> regions = CodeList.split(eligibleSubregions);
        if (states.isEmpty() && regions.isEmpty()) {
            return true;
        }
        return states.contains(String.valueOf(state)) || (subregion != null && regions.contains(subregion.name()));
    }

    public Optional<OfferLine> line(String itemCode) {
        return lines.stream().filter(line -> line.itemCode().equals(itemCode)).findFirst();
    }

    public BigDecimal remainingBudget() {
        return budget == null ? BigDecimal.ZERO : budget.subtract(committedBudget).max(BigDecimal.ZERO);
    }

    /**
     * Commits capacity to a confirmed match and becomes partially or fully committed. Refuses more than the
     * remaining quantity of a line or the remaining budget; nothing is changed then.
     */
    public void commit(Map<String, Integer> quantities, BigDecimal amount) {
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : quantities.entrySet()) {
            Optional<OfferLine> line = line(entry.getKey());
            if (line.isEmpty()) {
                errors.add(FieldError.of("lines", "match.notOffered", entry.getKey()));
            } else if (entry.getValue() > line.get().remaining()) {
                errors.add(FieldError.of("lines", "match.overCommitted", entry.getKey(), line.get().remaining()));
            }
        }
        if (amount != null && amount.signum() > 0 && amount.compareTo(remainingBudget()) > 0) {
            errors.add(FieldError.of("fundingAmount", "match.overBudget", remainingBudget(), currency));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        quantities.forEach((code, quantity) -> line(code).orElseThrow().take(quantity));
        if (amount != null && amount.signum() > 0) {
            committedBudget = committedBudget.add(amount);
        }
        boolean linesUsed = lines.stream().allMatch(line -> line.remaining() == 0);
        boolean budgetUsed = budget == null || budget.signum() == 0 || remainingBudget().signum() == 0;
        boolean full = lines.isEmpty() ? budgetUsed : linesUsed;
        moveTo(full ? OfferStatus.FULLY_COMMITTED : OfferStatus.PARTIALLY_COMMITTED);
    }

    public String id() {
        return id;
    }

    public UUID organisationId() {
        return UUID.fromString(organisationId);
    }

    public String title() {
        return title;
    }

    public OfferStatus status() {
        return status;
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

    public Set<UUID> eligibleStates() {
        return CodeList.split(eligibleStates).stream().map(UUID::fromString).collect(Collectors.toSet());
    }

    public Set<String> eligibleSubregions() {
        return CodeList.split(eligibleSubregions);
    }

    public List<OfferLine> lines() {
        return List.copyOf(lines);
    }

    public BigDecimal budget() {
        return budget;
    }

    public String currency() {
        return currency;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public long version() {
        return version;
    }

    public OfferView view() {
        return new OfferView(OfferId.of(id), organisationId(), title, description, themes(), assistanceTypes(),
                lines.stream().map(ItemLine::view).toList(), budget, currency, committedBudget, validFrom, validTo,
                languages(), implementingPartner, eligibleStates(),
                eligibleSubregions().stream().map(Subregion::valueOf).collect(Collectors.toSet()), conditions, status,
                createdBy, createdAt, publishedOn, version);
    }
}
