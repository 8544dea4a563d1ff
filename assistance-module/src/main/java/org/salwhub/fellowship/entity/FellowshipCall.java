package org.salwhub.fellowship.entity;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.salwhub.fellowship.api.CallCompletionRule;
import org.salwhub.fellowship.api.CallCriterion;
import org.salwhub.fellowship.api.CallDeadlines;
import org.salwhub.fellowship.api.CallDetails;
import org.salwhub.fellowship.api.CallEligibility;
import org.salwhub.fellowship.api.CallEligibleStates;
import org.salwhub.fellowship.api.CallId;
import org.salwhub.fellowship.api.CallPhase;
import org.salwhub.fellowship.api.CallPhaseKind;
import org.salwhub.fellowship.api.CallStatus;
import org.salwhub.fellowship.api.CallView;
import org.salwhub.fellowship.api.NominationId;
import org.salwhub.registry.api.directory.AgencyType;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.kernel.VersionConflictException;

/**
 * A call of the fellowship programme: its theme, phases, seats, eligibility rules, quota per State, balance
 * targets, deadlines, review rubric and completion rule, and where it stands. Phases and criteria belong to the
 * call and are kept with it (as JSON).
 */
@Entity
@Table(name = "asst_fel_call")
@NamedQuery(name = "FellowshipCall.all", query = "SELECT c FROM FellowshipCall c ORDER BY c.createdAt DESC")
@NamedQuery(name = "FellowshipCall.visible", query = "SELECT c FROM FellowshipCall c WHERE c.status <> :draft"
        + " ORDER BY c.createdAt DESC")
public class FellowshipCall {

    /** Its name in version conflicts and not-found errors. */
    public static final String ENTITY = "FellowshipCall";

    public static final int TITLE_MAX = 200;
    public static final int THEME_MAX = 300;
    public static final int TEXT_MAX = 4000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = THEME_MAX)
    private String theme;

    @Column(length = TEXT_MAX)
    private String description;

    @Column(nullable = false)
    private int seats;

    @Column(length = 100)
    private String languages;

    @Enumerated(EnumType.STRING)
    @Column(name = "eligible_states", nullable = false, length = 20)
    private CallEligibleStates eligibleStates;

    @Lob
    @Column(name = "listed_states")
    private String listedStates;

    @Column(name = "agency_types", length = 400)
    private String agencyTypes;

    @Column(name = "min_years", nullable = false)
    private int minYears;

    @Column(name = "required_language", length = 5)
    private String requiredLanguage;

    @Column(name = "max_per_state", nullable = false)
    private int maxPerState;

    @Column(name = "women_target", nullable = false)
    private int womenTarget;

    @Column(name = "developing_target", nullable = false)
    private int developingTarget;

    @Column(name = "nomination_deadline")
    private LocalDate nominationDeadline;

    @Column(name = "review_deadline")
    private LocalDate reviewDeadline;

    @Column(name = "selection_deadline")
    private LocalDate selectionDeadline;

    @Column(name = "acceptance_deadline")
    private LocalDate acceptanceDeadline;

    @Column(name = "reviewers_per_app", nullable = false)
    private int reviewersPerApplication;

    @Lob
    @Column(name = "phases_json")
    private String phasesJson;

    @Lob
    @Column(name = "criteria_json")
    private String criteriaJson;

    @Column(name = "online_required", nullable = false)
    private boolean onlineRequired;

    @Column(name = "min_attendance", nullable = false)
    private int minAttendance;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CallStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected FellowshipCall() {
    }

    public FellowshipCall(CallId id, CallDetails details, Instant now) {
        this.id = id.toString();
        this.status = CallStatus.DRAFT;
        this.createdAt = now;
        describe(details);
    }

    /** Everything wrong with a call's details (field errors), empty when they can be saved. */
    public static List<FieldError> check(CallDetails d) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "title", d.title(), TITLE_MAX, true);
        text(errors, "theme", d.theme(), THEME_MAX, false);
        text(errors, "description", d.description(), TEXT_MAX, false);
        if (d.seats() < 1 || d.seats() > 500) {
            errors.add(FieldError.of("seats", "fellowship.range", 1, 500));
        }
        if (d.maxNominationsPerState() < 1 || d.maxNominationsPerState() > 20) {
            errors.add(FieldError.of("maxNominationsPerState", "fellowship.range", 1, 20));
        }
        if (d.womenTargetPercent() < 0 || d.womenTargetPercent() > 100) {
            errors.add(FieldError.of("womenTargetPercent", "fellowship.range", 0, 100));
        }
        if (d.developingTargetPercent() < 0 || d.developingTargetPercent() > 100) {
            errors.add(FieldError.of("developingTargetPercent", "fellowship.range", 0, 100));
        }
        if (d.reviewersPerApplication() < 1 || d.reviewersPerApplication() > 10) {
            errors.add(FieldError.of("reviewersPerApplication", "fellowship.range", 1, 10));
        }
        if (d.eligibility().minYearsExperience() < 0 || d.eligibility().minYearsExperience() > 50) {
            errors.add(FieldError.of("minYearsExperience", "fellowship.range", 0, 50));
        }
        if (d.eligibility().states() == CallEligibleStates.LISTED && d.eligibility().listedStates().isEmpty()) {
            errors.add(FieldError.of("listedStates", "required"));
        }
        String language = d.eligibility().requiredLanguage();
        if (language != null && !language.isBlank() && !language.trim().matches("[a-zA-Z]{2,3}")) {
            errors.add(FieldError.of("requiredLanguage", "fellowship.language"));
        }
        for (String l : d.languages()) {
            if (l == null || !l.trim().matches("[a-zA-Z]{2,3}")) {
                errors.add(FieldError.of("languages", "fellowship.language"));
                break;
            }
        }
        CallDeadlines dl = d.deadlines();
        if (dl.nomination() == null) {
            errors.add(FieldError.of("nominationDeadline", "required"));
        }
        order(errors, "reviewDeadline", dl.nomination(), dl.review());
        order(errors, "selectionDeadline", dl.review() != null ? dl.review() : dl.nomination(), dl.selection());
        order(errors, "acceptanceDeadline", dl.selection(), dl.acceptance());
        for (int i = 0; i < d.phases().size(); i++) {
            CallPhase p = d.phases().get(i);
            String phase = "phases[" + i + "]";
            if (p.kind() == null) {
                errors.add(FieldError.of(phase, "required"));
            }
            if (p.startsOn() == null || p.endsOn() == null) {
                errors.add(FieldError.of(phase, "required"));
            } else if (p.endsOn().isBefore(p.startsOn())) {
                errors.add(FieldError.of(phase, "fellowship.dates.order"));
            }
            if (p.kind() == CallPhaseKind.IN_PERSON && (p.venue() == null || p.venue().isBlank())) {
                errors.add(FieldError.of(phase, "fellowship.venue.required"));
            }
            text(errors, phase, p.title(), TITLE_MAX, false);
        }
        for (int i = 0; i < d.criteria().size(); i++) {
            CallCriterion c = d.criteria().get(i);
            String criterion = "criteria[" + i + "]";
            text(errors, criterion, c.label(), TITLE_MAX, true);
            if (c.weight() < 1 || c.weight() > 100) {
                errors.add(FieldError.of(criterion, "fellowship.range", 1, 100));
            }
        }
        int attendance = d.completion().minAttendancePercent();
        if (attendance < 0 || attendance > 100) {
            errors.add(FieldError.of("minAttendancePercent", "fellowship.range", 0, 100));
        }
        return errors;
    }

    private static void order(List<FieldError> errors, String field, LocalDate before, LocalDate after) {
        if (before != null && after != null && after.isBefore(before)) {
            errors.add(FieldError.of(field, "fellowship.dates.order"));
        }
    }

    private static void text(List<FieldError> errors, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(FieldError.of(field, "required"));
            }
        } else if (value.trim().length() > max) {
            errors.add(FieldError.of(field, "tooLong", max));
        }
    }

    /** Takes checked details ({@link #check}); criteria without an ID get one. */
    public void describe(CallDetails d) {
        this.title = d.title().trim();
        this.theme = blankToNull(d.theme());
        this.description = blankToNull(d.description());
        this.seats = d.seats();
        this.languages = d.languages().stream().map(l -> l.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(","));
        CallEligibility e = d.eligibility();
        this.eligibleStates = e.states();
        this.listedStates = e.states() == CallEligibleStates.LISTED
                ? e.listedStates().stream().map(UUID::toString).sorted().collect(Collectors.joining(",")) : null;
        this.agencyTypes = e.agencyTypes().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.minYears = e.minYearsExperience();
        this.requiredLanguage = e.requiredLanguage() == null || e.requiredLanguage().isBlank() ? null
                : e.requiredLanguage().trim().toLowerCase(Locale.ROOT);
        this.maxPerState = d.maxNominationsPerState();
        this.womenTarget = d.womenTargetPercent();
        this.developingTarget = d.developingTargetPercent();
        this.nominationDeadline = d.deadlines().nomination();
        this.reviewDeadline = d.deadlines().review();
        this.selectionDeadline = d.deadlines().selection();
        this.acceptanceDeadline = d.deadlines().acceptance();
        this.reviewersPerApplication = d.reviewersPerApplication();
        this.onlineRequired = d.completion().onlinePhaseRequired();
        this.minAttendance = d.completion().minAttendancePercent();
        JsonArrayBuilder phases = Json.createArrayBuilder();
        for (CallPhase p : d.phases()) {
            var o = Json.createObjectBuilder().add("kind", p.kind().name())
                    .add("startsOn", p.startsOn().toString()).add("endsOn", p.endsOn().toString());
            if (p.title() != null && !p.title().isBlank()) {
                o.add("title", p.title().trim());
            }
            if (p.venue() != null && !p.venue().isBlank()) {
                o.add("venue", p.venue().trim());
            }
            phases.add(o);
        }
        this.phasesJson = phases.build().toString();
        JsonArrayBuilder criteria = Json.createArrayBuilder();
        for (CallCriterion c : d.criteria()) {
            criteria.add(Json.createObjectBuilder().add("id", (c.id() == null ? UUID.randomUUID() : c.id()).toString())
                    .add("label", c.label().trim()).add("weight", c.weight()));
        }
        this.criteriaJson = criteria.build().toString();
    }

    /**
     * Staff revise the call's details: they must be valid ({@link #check}), the criteria are frozen once the review
     * began, and a completed call changes no more; then the version must be the one the editor read.
     */
    public void revise(CallDetails d, long expectedVersion) {
        List<FieldError> errors = new ArrayList<>(check(d));
        if (status.ordinal() >= CallStatus.IN_REVIEW.ordinal() && !sameRubric(criteria(), d.criteria())) {
            errors.add(FieldError.of("criteria", "fellowship.criteria.frozen"));
        }
        if (status == CallStatus.COMPLETED) {
            errors.add(FieldError.of("status", "fellowship.call.completed"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        VersionConflictException.check(ENTITY, id, expectedVersion, version);
        describe(d);
    }

    /** Whether two rubrics weigh the same criteria (by ID) the same. */
    static boolean sameRubric(List<CallCriterion> before, List<CallCriterion> after) {
        Function<List<CallCriterion>, Map<UUID, Integer>> weights = list -> list.stream()
                .collect(Collectors.toMap(c -> c.id() == null ? UUID.randomUUID() : c.id(), CallCriterion::weight));
        return weights.apply(before).equals(weights.apply(after));
    }

    /**
     * Moves one step on ({@link CallStatus#canMoveTo}); refuses any other move, opening once the nomination deadline
     * has passed, and the review without criteria to score.
     */
    public void moveTo(CallStatus target, LocalDate today, long expectedVersion) {
        if (!status.canMoveTo(target)) {
            throw new ValidationException("status", "fellowship.status.transition", status, target);
        }
        if (target == CallStatus.OPEN && nominationDeadline.isBefore(today)) {
            throw new ValidationException("nominationDeadline", "fellowship.deadline.past");
        }
        if (target == CallStatus.IN_REVIEW && criteria().isEmpty()) {
            throw new ValidationException("criteria", "required");
        }
        VersionConflictException.check(ENTITY, id, expectedVersion, version);
        this.status = target;
    }

    /**
     * Whether a State may nominate one more candidate on {@code today}: the call is open, its nomination deadline
     * not passed, and the State has fewer than {@link #maxPerState()} nominations in it ({@code activeOfState}).
     */
    public void admitNomination(LocalDate today, int activeOfState) {
        if (status != CallStatus.OPEN) {
            throw new ValidationException("call", "fellowship.call.notOpen");
        }
        if (nominationDeadline != null && today.isAfter(nominationDeadline)) {
            throw new ValidationException("call", "fellowship.deadline.passed", nominationDeadline);
        }
        if (activeOfState >= maxPerState) {
            throw new ValidationException("stateId", "fellowship.quota.reached", maxPerState);
        }
    }

    /**
     * A new nomination of a registry person to this call ({@link #admitNomination} first). A person is nominated to
     * a call once: {@code alreadyNominated} tells whether they were, by any State.
     */
    public Nomination nominate(NominationId nomination, UUID stateId, PersonId person, String nomineeName,
                               String latinName, boolean alreadyNominated, String by, Instant now) {
        if (alreadyNominated) {
            throw new ValidationException("personId", "fellowship.nomination.duplicate");
        }
        return new Nomination(nomination, CallId.of(id), stateId, person, nomineeName, latinName, by, now);
    }

    /** The application may change: while the call is open, or at any time by staff. */
    public void checkApplicationOpen(boolean byStaff) {
        if (!byStaff && status != CallStatus.OPEN) {
            throw new ValidationException("call", "fellowship.call.notOpen");
        }
    }

    /** Reviewers are assigned, and score, only while the call is in review. */
    public void checkInReview() {
        if (status != CallStatus.IN_REVIEW) {
            throw new ValidationException("status", "fellowship.call.notInReview");
        }
    }

    /** A reviewer scores while the call is in review, until its review deadline. */
    public void checkScoring(LocalDate today) {
        checkInReview();
        if (reviewDeadline != null && today.isAfter(reviewDeadline)) {
            throw new ValidationException("call", "fellowship.deadline.passed", reviewDeadline);
        }
    }

    /** Staff decide on nominations in selection, and fill freed seats while the cohort runs. */
    public void checkInSelection() {
        if (status != CallStatus.SELECTION && status != CallStatus.COHORT_RUNNING) {
            throw new ValidationException("status", "fellowship.call.notInSelection");
        }
    }

    /**
     * Once the cohort runs, staff fill freed seats whatever the date; before, the call's selection deadline holds
     * (staff move it by editing the call, which the audit trail records).
     */
    public void checkSelectionDeadline(LocalDate today) {
        if (status == CallStatus.SELECTION && selectionDeadline != null && today.isAfter(selectionDeadline)) {
            throw new ValidationException("call", "fellowship.deadline.passed", selectionDeadline);
        }
    }

    /** One more selected fellow fits: fewer than {@link #seats()} are selected or accepted ({@code taken}). */
    public void checkSeatFree(int taken) {
        if (taken >= seats) {
            throw new ValidationException("decision", "fellowship.seats.full", seats);
        }
    }

    /** The acceptance deadline of an offer made on {@code today}: the call's, else two weeks on. */
    public LocalDate offerDeadline(LocalDate today, int toleranceDays) {
        return acceptanceDeadline != null && !acceptanceDeadline.isBefore(today) ? acceptanceDeadline
                : today.plusDays(toleranceDays);
    }

    /** A cohort exists from the selection on: sessions are held from then. */
    public void checkHasCohort() {
        if (status.ordinal() < CallStatus.SELECTION.ordinal()) {
            throw new ValidationException("status", "fellowship.call.noCohort");
        }
    }

    /** Whether the cohort ran far enough to tell who completed. */
    public boolean cohortRan() {
        return status.ordinal() >= CallStatus.COHORT_RUNNING.ordinal();
    }

    public CallDetails details() {
        Set<AgencyType> types = agencyTypes == null || agencyTypes.isBlank() ? Set.of()
                : Arrays.stream(agencyTypes.split(",")).map(AgencyType::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AgencyType.class)));
        Set<UUID> listed = listedStates == null || listedStates.isBlank() ? Set.of()
                : Arrays.stream(listedStates.split(",")).map(UUID::fromString)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new CallDetails(title, theme, description, seats, split(languages),
                new CallEligibility(eligibleStates, listed, types, minYears, requiredLanguage), maxPerState,
                womenTarget, developingTarget,
                new CallDeadlines(nominationDeadline, reviewDeadline, selectionDeadline, acceptanceDeadline),
                reviewersPerApplication, phases(), criteria(), new CallCompletionRule(onlineRequired, minAttendance));
    }

    public List<CallPhase> phases() {
        List<CallPhase> list = new ArrayList<>();
        for (JsonValue v : Json.createReader(new StringReader(phasesJson == null ? "[]" : phasesJson)).readArray()) {
            JsonObject o = v.asJsonObject();
            list.add(new CallPhase(CallPhaseKind.valueOf(o.getString("kind")), o.getString("title", null),
                    LocalDate.parse(o.getString("startsOn")), LocalDate.parse(o.getString("endsOn")),
                    o.getString("venue", null)));
        }
        return list;
    }

    public List<CallCriterion> criteria() {
        List<CallCriterion> list = new ArrayList<>();
        for (JsonValue v : Json.createReader(new StringReader(criteriaJson == null ? "[]" : criteriaJson)).readArray()) {
            JsonObject o = v.asJsonObject();
            list.add(new CallCriterion(UUID.fromString(o.getString("id")), o.getString("label"), o.getInt("weight")));
        }
        return list;
    }

    /** The day the programme ends: the end of its last phase, or null without phases. */
    public LocalDate endsOn() {
        return phases().stream().map(CallPhase::endsOn).max(LocalDate::compareTo).orElse(null);
    }

    static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : List.of(csv.split(","));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public String id() {
        return id;
    }

    public CallStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public int maxPerState() {
        return maxPerState;
    }

    public int seats() {
        return seats;
    }

    public LocalDate nominationDeadline() {
        return nominationDeadline;
    }

    public LocalDate selectionDeadline() {
        return selectionDeadline;
    }

    public LocalDate reviewDeadline() {
        return reviewDeadline;
    }

    public LocalDate acceptanceDeadline() {
        return acceptanceDeadline;
    }

    public int reviewersPerApplication() {
        return reviewersPerApplication;
    }

    public long version() {
        return version;
    }

    public CallView view(int nominations) {
        return new CallView(CallId.of(id), details(), status, nominations, version);
    }
}
