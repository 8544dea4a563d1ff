package org.salwhub.web.ui.fellowships;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.salwhub.fellowship.api.CallCompletionRule;
import org.salwhub.fellowship.api.CallCriterion;
import org.salwhub.fellowship.api.CallDeadlines;
import org.salwhub.fellowship.api.CallDetails;
import org.salwhub.fellowship.api.CallEligibility;
import org.salwhub.fellowship.api.CallEligibleStates;
import org.salwhub.fellowship.api.CallId;
import org.salwhub.fellowship.api.CallPermissions;
import org.salwhub.fellowship.api.CallPhase;
import org.salwhub.fellowship.api.CallPhaseKind;
import org.salwhub.fellowship.api.CallStatus;
import org.salwhub.fellowship.api.CallView;
import org.salwhub.fellowship.api.FellowshipFacade;
import org.salwhub.fellowship.api.NominationView;
import org.salwhub.fellowship.api.ReviewAssignmentResult;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.directory.AgencyType;
import org.salwhub.web.i18n.LanguageSelection;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.ui.FacesErrors;

/**
 * Staff create and run a call: its details, phases, rubric and rules; moving it through its statuses; assigning
 * reviewers; and deciding the eligibility of its nominations against the screening. Nominees' accounts are
 * {@link NomineeAccounts}'s.
 */
@Named
@ViewScoped
public class FellowshipCallEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("title", "callForm:title"), Map.entry("theme", "callForm:theme"),
            Map.entry("description", "callForm:description"), Map.entry("seats", "callForm:seats"),
            Map.entry("languages", "callForm:languages"), Map.entry("maxNominationsPerState", "callForm:maxPerState"),
            Map.entry("womenTargetPercent", "callForm:womenTarget"),
            Map.entry("developingTargetPercent", "callForm:developingTarget"),
            Map.entry("reviewersPerApplication", "callForm:reviewers"),
            Map.entry("minYearsExperience", "callForm:minYears"), Map.entry("listedStates", "callForm:listedStates"),
            Map.entry("requiredLanguage", "callForm:requiredLanguage"),
            Map.entry("nominationDeadline", "callForm:nominationDeadline"),
            Map.entry("reviewDeadline", "callForm:reviewDeadline"),
            Map.entry("selectionDeadline", "callForm:selectionDeadline"),
            Map.entry("acceptanceDeadline", "callForm:acceptanceDeadline"),
            Map.entry("minAttendancePercent", "callForm:minAttendance"), Map.entry("criteria", "callForm:criteria"),
            Map.entry("nominationDeadline.past", "callForm:nominationDeadline"));

    @Inject
    FellowshipFacade fellowships;


    @Inject
    RegistryFacade registry;

    @Inject
    FacesErrors errors;

    @Inject
    LanguageSelection language;

    /** An editable phase. */
    public static class PhaseRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private CallPhaseKind kind = CallPhaseKind.ONLINE;
        private String title;
        private LocalDate from;
        private LocalDate to;
        private String venue;

        public CallPhaseKind getKind() {
            return kind;
        }

        public void setKind(CallPhaseKind kind) {
            this.kind = kind;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public LocalDate getFrom() {
            return from;
        }

        public void setFrom(LocalDate from) {
            this.from = from;
        }

        public LocalDate getTo() {
            return to;
        }

        public void setTo(LocalDate to) {
            this.to = to;
        }

        public String getVenue() {
            return venue;
        }

        public void setVenue(String venue) {
            this.venue = venue;
        }
    }

    /** An editable criterion. */
    public static class CriterionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private UUID id;
        private String label;
        private Integer weight = 10;

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public Integer getWeight() {
            return weight;
        }

        public void setWeight(Integer weight) {
            this.weight = weight;
        }
    }

    private String id;
    private CallStatus status;
    private CallPermissions may = CallPermissions.NONE;
    private long version;
    private String title;
    private String theme;
    private String description;
    private Integer seats = 12;
    private String languages = "en fr";
    private CallEligibleStates eligibleStates = CallEligibleStates.COMMISSION_MEMBERS;
    private List<String> listedStates = new ArrayList<>();
    private List<AgencyType> agencyTypes = new ArrayList<>();
    private Integer minYears = 0;
    private String requiredLanguage;
    private Integer maxPerState = 2;
    private Integer womenTarget = 50;
    private Integer developingTarget = 0;
    private Integer reviewersPerApplication = 2;
    private LocalDate nominationDeadline;
    private LocalDate reviewDeadline;
    private LocalDate selectionDeadline;
    private LocalDate acceptanceDeadline;
    private boolean onlineRequired = true;
    private Integer minAttendance = 80;
    private List<PhaseRow> phases = new ArrayList<>();
    private List<CriterionRow> criteria = new ArrayList<>();

    private NominationView overriding;
    private String overrideChoice;
    private String overrideReason;

    private transient List<NominationView> nominations;

    // giving a nominee an account of their own

    public void load() {
        if (id == null || id.isBlank() || status != null) {
            return;
        }
        fellowships.call(CallId.of(id)).ifPresent(this::show);
    }

    private void show(CallView call) {
        id = call.id().toString();
        status = call.status();
        may = call.may();
        version = call.version();
        CallDetails d = call.details();
        title = d.title();
        theme = d.theme();
        description = d.description();
        seats = d.seats();
        languages = String.join(" ", d.languages());
        eligibleStates = d.eligibility().states();
        listedStates = d.eligibility().listedStates().stream().map(UUID::toString).collect(Collectors.toList());
        agencyTypes = new ArrayList<>(d.eligibility().agencyTypes());
        minYears = d.eligibility().minYearsExperience();
        requiredLanguage = d.eligibility().requiredLanguage();
        maxPerState = d.maxNominationsPerState();
        womenTarget = d.womenTargetPercent();
        developingTarget = d.developingTargetPercent();
        reviewersPerApplication = d.reviewersPerApplication();
        nominationDeadline = d.deadlines().nomination();
        reviewDeadline = d.deadlines().review();
        selectionDeadline = d.deadlines().selection();
        acceptanceDeadline = d.deadlines().acceptance();
        onlineRequired = d.completion().onlinePhaseRequired();
        minAttendance = d.completion().minAttendancePercent();
        phases = new ArrayList<>();
        for (CallPhase p : d.phases()) {
            PhaseRow row = new PhaseRow();
            row.kind = p.kind();
            row.title = p.title();
            row.from = p.startsOn();
            row.to = p.endsOn();
            row.venue = p.venue();
            phases.add(row);
        }
        criteria = new ArrayList<>();
        for (CallCriterion c : d.criteria()) {
            CriterionRow row = new CriterionRow();
            row.id = c.id();
            row.label = c.label();
            row.weight = c.weight();
            criteria.add(row);
        }
        nominations = null;
    }

    CallDetails details() {
        Set<UUID> listed = listedStates.stream().map(UUID::fromString).collect(Collectors.toSet());
        Set<AgencyType> types = agencyTypes.isEmpty() ? Set.of() : EnumSet.copyOf(agencyTypes);
        List<String> langs = languages == null || languages.isBlank() ? List.of()
                : Arrays.stream(languages.trim().toLowerCase(Locale.ROOT).split("[\\s,;]+")).toList();
        return new CallDetails(title, theme, description, seats == null ? 0 : seats, langs,
                new CallEligibility(eligibleStates, listed, types, minYears == null ? 0 : minYears, requiredLanguage),
                maxPerState == null ? 0 : maxPerState, womenTarget == null ? 0 : womenTarget,
                developingTarget == null ? 0 : developingTarget,
                new CallDeadlines(nominationDeadline, reviewDeadline, selectionDeadline, acceptanceDeadline),
                reviewersPerApplication == null ? 0 : reviewersPerApplication,
                phases.stream().map(p -> new CallPhase(p.kind, p.title, p.from, p.to, p.venue)).toList(),
                criteria.stream().map(c -> new CallCriterion(c.id, c.label, c.weight == null ? 0 : c.weight)).toList(),
                new CallCompletionRule(onlineRequired, minAttendance == null ? 0 : minAttendance));
    }

    public void save() {
        CallView[] saved = new CallView[1];
        if (errors.attempt(() -> saved[0] = id == null ? fellowships.createCall(details())
                : fellowships.updateCall(CallId.of(id), details(), version), FIELDS)) {
            show(saved[0]);
            Messages.info("fellowship.call.saved");
        }
    }

    public void moveOn() {
        CallView[] moved = new CallView[1];
        if (errors.attempt(() -> moved[0] = fellowships.moveCall(CallId.of(id), status.next(), version), FIELDS)) {
            show(moved[0]);
            Messages.info("fellowship.call.moved", Messages.text(language.getLocale(),
                    FellowshipLabels.key(moved[0].status())));
        }
    }

    public void assign() {
        ReviewAssignmentResult[] result = new ReviewAssignmentResult[1];
        if (errors.attempt(() -> result[0] = fellowships.assignReviewers(CallId.of(id)),
                Map.of())) {
            Messages.info("fellowship.call.assigned", result[0].assigned());
            if (!result[0].shortOfReviewers().isEmpty()) {
                Set<String> shortIds = result[0].shortOfReviewers().stream().map(Object::toString)
                        .collect(Collectors.toCollection(HashSet::new));
                Messages.warn("fellowship.call.short", getNominations().stream()
                        .filter(n -> shortIds.contains(n.id().toString())).map(NominationView::nomineeName)
                        .collect(Collectors.joining(", ")));
            }
        }
    }

    public void addPhase() {
        phases.add(new PhaseRow());
    }

    public void removePhase(PhaseRow row) {
        phases.remove(row);
    }

    public void addCriterion() {
        criteria.add(new CriterionRow());
    }

    public void removeCriterion(CriterionRow row) {
        criteria.remove(row);
    }

    public List<NominationView> getNominations() {
        if (nominations == null) {
            nominations = id == null ? List.of() : fellowships.nominations(CallId.of(id));
        }
        return nominations;
    }

    public void startOverride(NominationView nomination) {
        overriding = nomination;
        overrideChoice = nomination.overridden() ? String.valueOf(nomination.eligible()) : "";
        overrideReason = nomination.overrideReason();
    }

    public void saveOverride() {
        Boolean eligible = overrideChoice == null || overrideChoice.isBlank() ? null : Boolean.valueOf(overrideChoice);
        if (errors.attempt(() -> fellowships.overrideEligibility(overriding.id(), eligible, overrideReason,
                overriding.version()), Map.of("reason", "overrideForm:reason"))) {
            overriding = null;
            nominations = null;
        }
    }


    public List<StateView> getStates() {
        return registry.states();
    }

    public boolean isNew() {
        return id == null;
    }

    public String getNextStatusLabel() {
        return status == null || status.next() == null ? "" : Messages.text(language.getLocale(),
                "fellowship.call.moveTo", Messages.text(language.getLocale(), FellowshipLabels.key(status.next())));
    }

    /** What staff may do with the call now: move it on, assign reviewers, select, run the cohort. */
    public CallPermissions getMay() {
        return may;
    }

    // ------------------------------------------------------------------ properties

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id == null || id.isBlank() ? null : id;
    }

    public CallStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getSeats() {
        return seats;
    }

    public void setSeats(Integer seats) {
        this.seats = seats;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public CallEligibleStates getEligibleStates() {
        return eligibleStates;
    }

    public void setEligibleStates(CallEligibleStates eligibleStates) {
        this.eligibleStates = eligibleStates;
    }

    public List<String> getListedStates() {
        return listedStates;
    }

    public void setListedStates(List<String> listedStates) {
        this.listedStates = listedStates == null ? new ArrayList<>() : new ArrayList<>(listedStates);
    }

    public List<AgencyType> getAgencyTypes() {
        return agencyTypes;
    }

    public void setAgencyTypes(List<AgencyType> agencyTypes) {
        this.agencyTypes = agencyTypes == null ? new ArrayList<>() : new ArrayList<>(agencyTypes);
    }

    public Integer getMinYears() {
        return minYears;
    }

    public void setMinYears(Integer minYears) {
        this.minYears = minYears;
    }

    public String getRequiredLanguage() {
        return requiredLanguage;
    }

    public void setRequiredLanguage(String requiredLanguage) {
        this.requiredLanguage = requiredLanguage;
    }

    public Integer getMaxPerState() {
        return maxPerState;
    }

    public void setMaxPerState(Integer maxPerState) {
        this.maxPerState = maxPerState;
    }

    public Integer getWomenTarget() {
        return womenTarget;
    }

    public void setWomenTarget(Integer womenTarget) {
        this.womenTarget = womenTarget;
    }

    public Integer getDevelopingTarget() {
        return developingTarget;
    }

    public void setDevelopingTarget(Integer developingTarget) {
        this.developingTarget = developingTarget;
    }

    public Integer getReviewersPerApplication() {
        return reviewersPerApplication;
    }

    public void setReviewersPerApplication(Integer reviewersPerApplication) {
        this.reviewersPerApplication = reviewersPerApplication;
    }

    public LocalDate getNominationDeadline() {
        return nominationDeadline;
    }

    public void setNominationDeadline(LocalDate nominationDeadline) {
        this.nominationDeadline = nominationDeadline;
    }

    public LocalDate getReviewDeadline() {
        return reviewDeadline;
    }

    public void setReviewDeadline(LocalDate reviewDeadline) {
        this.reviewDeadline = reviewDeadline;
    }

    public LocalDate getSelectionDeadline() {
        return selectionDeadline;
    }

    public void setSelectionDeadline(LocalDate selectionDeadline) {
        this.selectionDeadline = selectionDeadline;
    }

    public LocalDate getAcceptanceDeadline() {
        return acceptanceDeadline;
    }

    public void setAcceptanceDeadline(LocalDate acceptanceDeadline) {
        this.acceptanceDeadline = acceptanceDeadline;
    }

    public boolean isOnlineRequired() {
        return onlineRequired;
    }

    public void setOnlineRequired(boolean onlineRequired) {
        this.onlineRequired = onlineRequired;
    }

    public Integer getMinAttendance() {
        return minAttendance;
    }

    public void setMinAttendance(Integer minAttendance) {
        this.minAttendance = minAttendance;
    }

    public List<PhaseRow> getPhases() {
        return phases;
    }

    public List<CriterionRow> getCriteria() {
        return criteria;
    }

    public NominationView getOverriding() {
        return overriding;
    }

    public String getOverrideChoice() {
        return overrideChoice;
    }

    public void setOverrideChoice(String overrideChoice) {
        this.overrideChoice = overrideChoice;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }
}
