package org.salwhub.assistance.entity;

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
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.salwhub.assistance.api.fellowship.CallCompletionRule;
import org.salwhub.assistance.api.fellowship.CallCriterion;
import org.salwhub.assistance.api.fellowship.CallDeadlines;
import org.salwhub.assistance.api.fellowship.CallDetails;
import org.salwhub.assistance.api.fellowship.CallEligibility;
import org.salwhub.assistance.api.fellowship.CallEligibleStates;
import org.salwhub.assistance.api.fellowship.CallId;
import org.salwhub.assistance.api.fellowship.CallPhase;
import org.salwhub.assistance.api.fellowship.CallPhaseKind;
import org.salwhub.assistance.api.fellowship.CallStatus;
import org.salwhub.assistance.api.fellowship.CallView;
import org.salwhub.registry.api.directory.AgencyType;
import org.salwhub.registry.api.kernel.FieldError;

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

    /** Moves one step on; refuses any other move. */
    public void moveTo(CallStatus target) {
        if (!status.canMoveTo(target)) {
            throw new IllegalStateException(status + " cannot move to " + target);
        }
        this.status = target;
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
