package org.salwhub.fellowship.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.salwhub.fellowship.api.CallId;
import org.salwhub.fellowship.api.NominationAgeBand;
import org.salwhub.fellowship.api.NominationApplication;
import org.salwhub.fellowship.api.NominationDecision;
import org.salwhub.fellowship.api.NominationId;
import org.salwhub.fellowship.api.NominationStatus;
import org.salwhub.fellowship.api.NominationView;
import org.salwhub.registry.api.directory.AgencyType;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.directory.Sex;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.kernel.VersionConflictException;

/**
 * A State's nomination of a registry person to a call, with the nominee's application, the eligibility
 * screening (and any staff override), the selection decision, the offer and the fellow's progress.
 */
@Entity
@Table(name = "asst_fel_nomination")
@NamedQuery(name = "Nomination.ofCall", query = "SELECT n FROM Nomination n WHERE n.callId = :call"
        + " ORDER BY n.nominatedAt")
@NamedQuery(name = "Nomination.ofCallAndState", query = "SELECT n FROM Nomination n WHERE n.callId = :call"
        + " AND n.stateId = :state ORDER BY n.nominatedAt")
@NamedQuery(name = "Nomination.countActive", query = "SELECT COUNT(n) FROM Nomination n WHERE n.callId = :call"
        + " AND n.stateId = :state AND n.status <> :withdrawn")
@NamedQuery(name = "Nomination.countOfCall", query = "SELECT n.callId, COUNT(n) FROM Nomination n"
        + " WHERE n.status <> :withdrawn GROUP BY n.callId")
@NamedQuery(name = "Nomination.overdueOffers", query = "SELECT n FROM Nomination n WHERE n.status = :selected"
        + " AND n.offerDeadline < :today ORDER BY n.offerDeadline")
@NamedQuery(name = "Nomination.ofPerson", query = "SELECT n FROM Nomination n WHERE n.personId = :person"
        + " ORDER BY n.nominatedAt DESC")
public class Nomination {

    /** Its name in version conflicts and not-found errors. */
    public static final String ENTITY = "Nomination";

    public static final int POST_MAX = 200;
    public static final int AGENCY_MAX = 200;
    public static final int MOTIVATION_MAX = 4000;
    public static final int REASON_MAX = 1000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "call_id", nullable = false, length = 36)
    private String callId;

    @Column(name = "state_id", nullable = false, length = 36)
    private String stateId;

    @Column(name = "person_id", nullable = false, length = 36)
    private String personId;

    @Column(name = "nominee_name", nullable = false, length = 300)
    private String nomineeName;

    @Column(name = "latin_name", length = 300)
    private String latinName;

    @Column(name = "current_post", length = POST_MAX)
    private String currentPost;

    @Column(name = "agency_name", length = AGENCY_MAX)
    private String agencyName;

    @Enumerated(EnumType.STRING)
    @Column(name = "agency_type", length = 30)
    private AgencyType agencyType;

    @Column(name = "agency_id", length = 36)
    private String agencyId;

    @Column(name = "years_experience", nullable = false)
    private int yearsExperience;

    @Column(length = MOTIVATION_MAX)
    private String motivation;

    @Column(length = 100)
    private String languages;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private Sex sex;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band", length = 20)
    private NominationAgeBand ageBand;

    /** The rules the application fails, comma-separated message keys; derived from the application. */
    @Column(length = 400)
    private String ineligibility;

    @Column(name = "eligible_override")
    private Boolean eligibleOverride;

    @Column(name = "override_reason", length = REASON_MAX)
    private String overrideReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NominationStatus status;

    @Column(name = "decision_reason", length = REASON_MAX)
    private String decisionReason;

    @Column(name = "waitlist_rank")
    private Integer waitlistRank;

    @Column(name = "offer_deadline")
    private LocalDate offerDeadline;

    @Column(name = "online_completed", nullable = false)
    private boolean onlineCompleted;

    @Column(name = "nominated_by", nullable = false, length = 80)
    private String nominatedBy;

    @Column(name = "nominated_at", nullable = false)
    private Instant nominatedAt;

    @Version
    private long version;

    protected Nomination() {
    }

    /** A new nomination: made by {@link FellowshipCall#nominate}, which admits it. */
    Nomination(NominationId id, CallId call, UUID stateId, PersonId person, String nomineeName,
               String latinName, String nominatedBy, Instant now) {
        this.id = id.toString();
        this.callId = call.toString();
        this.stateId = stateId.toString();
        this.personId = person.toString();
        this.nomineeName = nomineeName;
        this.latinName = latinName;
        this.nominatedBy = nominatedBy;
        this.nominatedAt = now;
        this.status = NominationStatus.NOMINATED;
    }

    /** What is wrong with an application: post, agency, sex and age band required; lengths; experience 0..60. */
    public static List<FieldError> check(NominationApplication a) {
        List<FieldError> errors = new ArrayList<>();
        if (a == null) {
            errors.add(FieldError.of("application", "required"));
            return errors;
        }
        required(errors, "currentPost", a.currentPost(), POST_MAX);
        required(errors, "agencyName", a.agencyName(), AGENCY_MAX);
        if (a.motivation() != null && a.motivation().length() > MOTIVATION_MAX) {
            errors.add(FieldError.of("motivation", "tooLong", MOTIVATION_MAX));
        }
        if (a.yearsExperience() < 0 || a.yearsExperience() > 60) {
            errors.add(FieldError.of("yearsExperience", "fellowship.range", 0, 60));
        }
        if (a.sex() == null) {
            errors.add(FieldError.of("sex", "required"));
        }
        if (a.ageBand() == null) {
            errors.add(FieldError.of("ageBand", "required"));
        }
        for (String l : a.languages()) {
            if (l == null || !l.trim().matches("[a-zA-Z]{2,3}")) {
                errors.add(FieldError.of("languages", "fellowship.language"));
                break;
            }
        }
        return errors;
    }

    private static void required(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "required"));
        } else if (value.trim().length() > max) {
            errors.add(FieldError.of(field, "tooLong", max));
        }
    }

    /** Takes a checked application and the outcome of its screening. */
    public void apply(NominationApplication a, List<String> failedRules) {
        this.currentPost = a.currentPost().trim();
        this.agencyName = a.agencyName().trim();
        this.agencyType = a.agencyType();
        this.agencyId = a.agencyId() == null ? null : a.agencyId().toString();
        this.yearsExperience = a.yearsExperience();
        this.motivation = FellowshipCall.blankToNull(a.motivation());
        this.languages = a.languages().stream().map(l -> l.trim().toLowerCase(Locale.ROOT)).distinct()
                .collect(Collectors.joining(","));
        this.sex = a.sex();
        this.ageBand = a.ageBand();
        this.ineligibility = String.join(",", failedRules);
    }

    public NominationApplication application() {
        return new NominationApplication(currentPost, agencyName, agencyType,
                agencyId == null ? null : UUID.fromString(agencyId), yearsExperience, motivation,
                FellowshipCall.split(languages), sex, ageBand);
    }

    public List<String> failedRules() {
        return FellowshipCall.split(ineligibility);
    }

    /** The staff override when there is one, else the screening. */
    public boolean eligible() {
        return eligibleOverride != null ? eligibleOverride : failedRules().isEmpty();
    }

    /**
     * Staff decide eligibility against the screening, with the reason recorded ({@code eligible} null returns to
     * the screening, and needs no reason).
     */
    public void override(Boolean eligible, String reason, long expectedVersion) {
        if (eligible != null && (reason == null || reason.isBlank())) {
            throw new ValidationException("reason", "required");
        }
        if (reason != null && reason.length() > REASON_MAX) {
            throw new ValidationException("reason", "tooLong", REASON_MAX);
        }
        checkVersion(expectedVersion);
        this.eligibleOverride = eligible;
        this.overrideReason = eligible == null ? null : reason.trim();
    }

    /** What is wrong with a decision before it is taken: it and its reason are required. */
    public static List<FieldError> checkDecision(NominationDecision decision, String reason) {
        List<FieldError> errors = new ArrayList<>();
        if (decision == null) {
            errors.add(FieldError.of("decision", "required"));
        }
        if (reason == null || reason.isBlank()) {
            errors.add(FieldError.of("reason", "required"));
        } else if (reason.length() > REASON_MAX) {
            errors.add(FieldError.of("reason", "tooLong", REASON_MAX));
        }
        return errors;
    }

    /**
     * Staff may still decide on this nomination: not withdrawn and not answered (accepted, declined or lapsed), and
     * only an eligible one may be selected or waitlisted.
     */
    public void checkDecidable(NominationDecision decision) {
        if (status == NominationStatus.WITHDRAWN || status == NominationStatus.ACCEPTED
                || status == NominationStatus.DECLINED || status == NominationStatus.LAPSED) {
            throw new ValidationException("status", "fellowship.nomination.decided");
        }
        if (decision != NominationDecision.REJECT && !eligible()) {
            throw new ValidationException("decision", "fellowship.nomination.ineligible");
        }
    }

    /** An offer, open until {@code deadline}, which may not have passed on {@code today}. */
    public void select(String reason, LocalDate deadline, LocalDate today) {
        if (deadline.isBefore(today)) {
            throw new ValidationException("offerDeadline", "fellowship.deadline.past");
        }
        decide(NominationStatus.SELECTED, reason, deadline, null);
    }

    /** On the waiting list: a nomination waitlisted already keeps its rank, another gets {@code nextRank}. */
    public void waitlist(String reason, int nextRank) {
        Integer rank = status == NominationStatus.WAITLISTED ? waitlistRank : Integer.valueOf(nextRank);
        decide(NominationStatus.WAITLISTED, reason, null, rank);
    }

    public void reject(String reason) {
        decide(NominationStatus.REJECTED, reason, null, null);
    }

    private void decide(NominationStatus decided, String reason, LocalDate deadline, Integer rank) {
        this.status = decided;
        this.decisionReason = reason == null ? null : reason.trim();
        this.offerDeadline = decided == NominationStatus.SELECTED ? deadline : null;
        this.waitlistRank = decided == NominationStatus.WAITLISTED ? rank : null;
    }

    /** The fellow answers the offer: only an open one, and accepts it only until its deadline. */
    public void answerOffer(boolean accept, LocalDate today, long expectedVersion) {
        if (status != NominationStatus.SELECTED) {
            throw new ValidationException("status", "fellowship.offer.none");
        }
        if (accept && offerDeadline != null && today.isAfter(offerDeadline)) {
            throw new ValidationException("offerDeadline", "fellowship.deadline.passed", offerDeadline);
        }
        checkVersion(expectedVersion);
        this.status = accept ? NominationStatus.ACCEPTED : NominationStatus.DECLINED;
    }

    /** The offer's deadline passed unanswered. */
    public void lapse() {
        if (status != NominationStatus.SELECTED) {
            throw new IllegalStateException("no offer is open");
        }
        this.status = NominationStatus.LAPSED;
    }

    /** The State withdraws its nominee: only before a decision, or from the waiting list. */
    public void withdraw(long expectedVersion) {
        if (status != NominationStatus.NOMINATED && status != NominationStatus.WAITLISTED) {
            throw new ValidationException("status", "fellowship.nomination.decided");
        }
        checkVersion(expectedVersion);
        this.status = NominationStatus.WITHDRAWN;
    }

    /** Fails unless the nominee accepted the offer: a fellow of the cohort. */
    public void checkFellow() {
        if (status != NominationStatus.ACCEPTED) {
            throw new ValidationException("fellow", "fellowship.notFellow");
        }
    }

    /** Fails unless the nominee was selected (and did not decline): for letters and the ledger. */
    public void checkSelected() {
        if (!status.inCohort()) {
            throw new ValidationException("fellow", "fellowship.notSelected");
        }
    }

    /** Staff record whether the fellow completed the online phase (a fellow's only). */
    public void completeOnline(boolean completed, long expectedVersion) {
        checkFellow();
        checkVersion(expectedVersion);
        this.onlineCompleted = completed;
    }

    /** Fails unless the editor read this version. */
    public void checkVersion(long expectedVersion) {
        VersionConflictException.check(ENTITY, id, expectedVersion, version);
    }

    public String id() {
        return id;
    }

    /** The registry merged this person's record into another's: the nomination now names the person kept. */
    public void reassign(String keeper) {
        this.personId = keeper;
    }

    public String callId() {
        return callId;
    }

    public UUID stateId() {
        return UUID.fromString(stateId);
    }

    public PersonId personId() {
        return PersonId.of(personId);
    }

    public String nomineeName() {
        return nomineeName;
    }

    public Sex sex() {
        return sex;
    }

    public NominationStatus status() {
        return status;
    }

    public Integer waitlistRank() {
        return waitlistRank;
    }

    public LocalDate offerDeadline() {
        return offerDeadline;
    }

    public boolean onlineCompleted() {
        return onlineCompleted;
    }

    public UUID agencyId() {
        return agencyId == null ? null : UUID.fromString(agencyId);
    }

    public String agencyName() {
        return agencyName;
    }

    public long version() {
        return version;
    }

    public NominationView view(String documentName, long documentSize) {
        return new NominationView(NominationId.of(id), CallId.of(callId), stateId(), personId(), nomineeName,
                latinName, application(), documentName, documentSize, eligible(), failedRules(),
                eligibleOverride != null, overrideReason, status, decisionReason, waitlistRank, offerDeadline,
                onlineCompleted, nominatedBy, nominatedAt, version);
    }
}
