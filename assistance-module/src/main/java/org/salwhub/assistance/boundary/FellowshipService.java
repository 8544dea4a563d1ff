package org.salwhub.assistance.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.salwhub.assistance.api.fellowship.CallCriterion;
import org.salwhub.assistance.api.fellowship.CallDetails;
import org.salwhub.assistance.api.fellowship.CallId;
import org.salwhub.assistance.api.fellowship.CallSelectionBoard;
import org.salwhub.assistance.api.fellowship.CallStatus;
import org.salwhub.assistance.api.fellowship.CallView;
import org.salwhub.assistance.api.fellowship.CohortBalance;
import org.salwhub.assistance.api.fellowship.CohortFellowView;
import org.salwhub.assistance.api.fellowship.CohortSessionView;
import org.salwhub.assistance.api.fellowship.CohortView;
import org.salwhub.assistance.api.fellowship.FellowshipCallReport;
import org.salwhub.assistance.api.fellowship.FellowshipCount;
import org.salwhub.assistance.api.fellowship.FellowNomination;
import org.salwhub.assistance.api.fellowship.FellowshipFacade;
import org.salwhub.assistance.api.fellowship.FellowshipFollowUpEntry;
import org.salwhub.assistance.api.fellowship.FellowshipFollowUpView;
import org.salwhub.assistance.api.fellowship.FellowshipLedgerEntry;
import org.salwhub.assistance.api.fellowship.FellowshipLedgerLine;
import org.salwhub.assistance.api.fellowship.FellowshipLedgerStatus;
import org.salwhub.assistance.api.fellowship.FellowshipLetter;
import org.salwhub.assistance.api.fellowship.FellowshipSpending;
import org.salwhub.assistance.api.fellowship.NominationApplication;
import org.salwhub.assistance.api.fellowship.NominationDecision;
import org.salwhub.assistance.api.fellowship.NominationFile;
import org.salwhub.assistance.api.fellowship.NominationId;
import org.salwhub.assistance.api.fellowship.NominationRanking;
import org.salwhub.assistance.api.fellowship.NominationRequest;
import org.salwhub.assistance.api.fellowship.NominationStatus;
import org.salwhub.assistance.api.fellowship.NominationView;
import org.salwhub.assistance.api.fellowship.ReviewAssignmentResult;
import org.salwhub.assistance.api.fellowship.ReviewAssignmentView;
import org.salwhub.assistance.api.fellowship.ReviewCandidate;
import org.salwhub.assistance.api.fellowship.ReviewDeclaration;
import org.salwhub.assistance.api.fellowship.ReviewScoreSheet;
import org.salwhub.assistance.control.CohortBalanceRules;
import org.salwhub.assistance.control.FellowshipEligibilityRules;
import org.salwhub.assistance.control.ReviewAggregation;
import org.salwhub.assistance.control.ReviewAssignmentPlanner;
import org.salwhub.assistance.entity.CohortAttendance;
import org.salwhub.assistance.entity.CohortSession;
import org.salwhub.assistance.entity.FellowshipCall;
import org.salwhub.assistance.entity.FellowshipFollowUp;
import org.salwhub.assistance.entity.FellowshipLedgerItem;
import org.salwhub.assistance.entity.Nomination;
import org.salwhub.assistance.entity.NominationDocument;
import org.salwhub.assistance.entity.ReviewAssignment;
import org.salwhub.assistance.entity.ReviewInterest;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.directory.AgencyId;
import org.salwhub.registry.api.directory.AgencyView;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.directory.PersonDetails;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.directory.PersonView;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.Role;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.kernel.VersionConflictException;
import org.salwhub.registry.api.notify.Audience;
import org.salwhub.registry.api.notify.Notification;
import org.salwhub.registry.api.notify.Notifier;

/** The fellowship programme's boundary: every access rule and state change is checked here. */
@Stateless
public class FellowshipService implements FellowshipFacade {

    static final String CALL = "FellowshipCall";
    static final String NOMINATION = "Nomination";
    static final String ASSIGNMENT = "ReviewAssignment";

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    RegistryFacade registry;

    @Inject
    DirectoryFacade directory;

    @Inject
    Notifier notifier;

    // ------------------------------------------------------------------ calls

    @Override
    public List<CallView> calls() {
        Caller caller = member();
        List<FellowshipCall> calls = caller.isStaff()
                ? em.createNamedQuery("FellowshipCall.all", FellowshipCall.class).getResultList()
                : em.createNamedQuery("FellowshipCall.visible", FellowshipCall.class)
                .setParameter("draft", CallStatus.DRAFT).getResultList();
        if (caller.isOnlyFellow()) {
            Set<String> mine = ownNominations(caller).stream().map(Nomination::callId).collect(Collectors.toSet());
            calls = calls.stream().filter(c -> mine.contains(c.id())).toList();
        }
        Map<String, Long> counts = new HashMap<>();
        em.createNamedQuery("Nomination.countOfCall", Object[].class)
                .setParameter("withdrawn", NominationStatus.WITHDRAWN).getResultStream()
                .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return calls.stream().map(c -> c.view(counts.getOrDefault(c.id(), 0L).intValue())).toList();
    }

    @Override
    public Optional<CallView> call(CallId id) {
        Caller caller = member();
        FellowshipCall call = id == null ? null : em.find(FellowshipCall.class, id.toString());
        if (call == null || (call.status() == CallStatus.DRAFT && !caller.isStaff())
                || (caller.isOnlyFellow() && !nominatedTo(caller, call))) {
            return Optional.empty();
        }
        return Optional.of(view(call));
    }

    @Override
    public CallView createCall(CallDetails details) {
        callers.current().requireStaff();
        throwIfAny(FellowshipCall.check(Objects.requireNonNull(details)));
        FellowshipCall call = new FellowshipCall(CallId.random(), details, Instant.now());
        em.persist(call);
        em.flush();
        return call.view(0);
    }

    @Override
    public CallView updateCall(CallId id, CallDetails details, long expectedVersion) {
        callers.current().requireStaff();
        FellowshipCall call = loadCall(id);
        List<FieldError> errors = new ArrayList<>(FellowshipCall.check(details));
        if (call.status().ordinal() >= CallStatus.IN_REVIEW.ordinal() && !sameRubric(call.criteria(), details.criteria())) {
            errors.add(FieldError.of("criteria", "fellowship.criteria.frozen"));
        }
        if (call.status() == CallStatus.COMPLETED) {
            errors.add(FieldError.of("status", "fellowship.call.completed"));
        }
        throwIfAny(errors);
        VersionConflictException.check(CALL, call.id(), expectedVersion, call.version());
        call.describe(details);
        em.flush();
        return view(call);
    }

    static boolean sameRubric(List<CallCriterion> before, List<CallCriterion> after) {
        Function<List<CallCriterion>, Map<UUID, Integer>> weights = list -> list.stream()
                .collect(Collectors.toMap(c -> c.id() == null ? UUID.randomUUID() : c.id(), CallCriterion::weight));
        return weights.apply(before).equals(weights.apply(after));
    }

    @Override
    public CallView moveCall(CallId id, CallStatus target, long expectedVersion) {
        callers.current().requireStaff();
        FellowshipCall call = loadCall(id);
        if (!call.status().canMoveTo(target)) {
            throw new ValidationException("status", "fellowship.status.transition", call.status(), target);
        }
        if (target == CallStatus.OPEN && call.nominationDeadline().isBefore(LocalDate.now())) {
            throw new ValidationException("nominationDeadline", "fellowship.deadline.past");
        }
        if (target == CallStatus.IN_REVIEW && call.criteria().isEmpty()) {
            throw new ValidationException("criteria", "required");
        }
        VersionConflictException.check(CALL, call.id(), expectedVersion, call.version());
        call.moveTo(target);
        if (target == CallStatus.COMPLETED) {
            scheduleFollowUps(call);
        }
        em.flush();
        return view(call);
    }

    /** Every fellow who completed gets follow-ups 6 and 12 months after the programme's end. */
    private void scheduleFollowUps(FellowshipCall call) {
        LocalDate end = Optional.ofNullable(call.endsOn()).orElse(LocalDate.now());
        for (CohortFellowView fellow : fellows(call, null)) {
            if (fellow.completed()) {
                for (int months : new int[] {6, 12}) {
                    em.persist(new FellowshipFollowUp(call.id(), fellow.fellow().id().toString(), months,
                            end.plusMonths(months)));
                }
            }
        }
    }

    // ------------------------------------------------------------------ nominations

    @Override
    public List<NominationView> nominations(CallId callId) {
        Caller caller = member();
        FellowshipCall call = visibleCall(callId, caller);
        List<Nomination> list;
        if (caller.isStaff()) {
            list = em.createNamedQuery("Nomination.ofCall", Nomination.class).setParameter("call", call.id())
                    .getResultList();
        } else if (caller.has(Role.FOCAL_POINT) && caller.stateId() != null) {
            list = em.createNamedQuery("Nomination.ofCallAndState", Nomination.class).setParameter("call", call.id())
                    .setParameter("state", caller.stateId().toString()).getResultList();
        } else if (caller.has(Role.FELLOW) && caller.personId() != null) {
            return views(ownNominations(caller).stream().filter(n -> n.callId().equals(call.id())).toList())
                    .stream().map(FellowshipService::asFellowSees).toList();
        } else {
            throw new AccessDeniedException("nominations: staff, the State's focal point or the nominee");
        }
        return views(list);
    }

    @Override
    public Optional<NominationView> nomination(NominationId id) {
        Caller caller = member();
        Nomination nomination = id == null ? null : em.find(Nomination.class, id.toString());
        if (nomination == null) {
            return Optional.empty();
        }
        if (!caller.mayActForState(nomination.stateId()) && !assignedTo(caller, nomination)
                && !isNominee(caller, nomination)) {
            throw new AccessDeniedException("nomination of another State");
        }
        return Optional.of(seenBy(caller, nomination));
    }

    private boolean assignedTo(Caller caller, Nomination nomination) {
        return caller.has(Role.REVIEWER) && !em.createQuery("SELECT a.id FROM ReviewAssignment a"
                        + " WHERE a.nominationId = :n AND a.reviewer = :r", String.class)
                .setParameter("n", nomination.id()).setParameter("r", caller.username()).setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public int quotaLeft(CallId callId, UUID stateId) {
        Caller caller = member();
        FellowshipCall call = visibleCall(callId, caller);
        if (stateId == null || !caller.mayActForState(stateId)) {
            throw new AccessDeniedException("quota of another State");
        }
        return Math.max(0, call.maxPerState() - activeNominations(call, stateId));
    }

    private int activeNominations(FellowshipCall call, UUID stateId) {
        return em.createNamedQuery("Nomination.countActive", Long.class).setParameter("call", call.id())
                .setParameter("state", stateId.toString()).setParameter("withdrawn", NominationStatus.WITHDRAWN)
                .getSingleResult().intValue();
    }

    @Override
    public NominationView nominate(CallId callId, NominationRequest request) {
        Caller caller = member();
        if (request == null || request.stateId() == null) {
            throw new ValidationException("stateId", "required");
        }
        if (!caller.mayActForState(request.stateId())) {
            throw new AccessDeniedException("only the State's focal point or staff nominate");
        }
        FellowshipCall call = lockSeats(visibleCall(callId, caller));
        StateView state = registry.state(new StateId(request.stateId()))
                .orElseThrow(() -> new NotFoundException("State", request.stateId().toString()));
        LocalDate today = LocalDate.now();
        if (call.status() != CallStatus.OPEN) {
            throw new ValidationException("call", "fellowship.call.notOpen");
        }
        if (call.nominationDeadline() != null && today.isAfter(call.nominationDeadline())) {
            throw new ValidationException("call", "fellowship.deadline.passed", call.nominationDeadline());
        }
        if (activeNominations(call, request.stateId()) >= call.maxPerState()) {
            throw new ValidationException("stateId", "fellowship.quota.reached", call.maxPerState());
        }
        List<FieldError> errors = new ArrayList<>(Nomination.check(request.application()));
        errors.addAll(NominationDocument.check("noteVerbale", request.noteVerbale()));
        if (request.personId() == null && request.newPerson() == null) {
            errors.add(FieldError.of("personId", "required"));
        }
        throwIfAny(errors);
        PersonView person;
        if (request.personId() != null) {
            person = directory.person(request.personId())
                    .orElseThrow(() -> new NotFoundException("Person", request.personId().toString()));
            if (!request.stateId().equals(person.details().stateId())) {
                throw new ValidationException("personId", "fellowship.person.otherState");
            }
        } else {
            PersonDetails d = request.newPerson();
            person = directory.createPerson(new PersonDetails(request.stateId(), null, d.agencyId(), d.honorific(),
                    d.givenName(), d.familyName(), d.latinName(),
                    d.sex() != null ? d.sex() : request.application().sex(),
                    d.languages().isEmpty() ? request.application().languages() : d.languages(), d.email(),
                    d.alternateEmail(), d.phone(), d.mobile(), d.postalAddress(),
                    d.positionTitle() != null ? d.positionTitle() : request.application().currentPost()));
        }
        boolean already = !em.createQuery("SELECT n.id FROM Nomination n WHERE n.callId = :call"
                        + " AND n.personId = :person", String.class).setParameter("call", call.id())
                .setParameter("person", person.id().toString()).getResultList().isEmpty();
        if (already) {
            throw new ValidationException("personId", "fellowship.nomination.duplicate");
        }
        Instant now = Instant.now();
        Nomination nomination = new Nomination(NominationId.random(), CallId.of(call.id()), request.stateId(),
                person.id(), person.displayName(), person.details().latinName(), caller.username(), now);
        nomination.apply(request.application(),
                FellowshipEligibilityRules.screen(call.details().eligibility(), state, request.application()));
        em.persist(nomination);
        em.persist(new NominationDocument(nomination.id(), NominationDocument.NOTE_VERBALE, request.noteVerbale(), now));
        em.flush();
        return view(nomination);
    }

    @Override
    public NominationView updateApplication(NominationId id, NominationApplication application, long expectedVersion) {
        Caller caller = member();
        Nomination nomination = loadNomination(id);
        if (!caller.mayActForState(nomination.stateId()) && !isNominee(caller, nomination)) {
            throw new AccessDeniedException("application of another State");
        }
        FellowshipCall call = em.find(FellowshipCall.class, nomination.callId());
        // the focal point and the nominee alike: while the call is open for nominations
        if (!caller.isStaff() && call.status() != CallStatus.OPEN) {
            throw new ValidationException("call", "fellowship.call.notOpen");
        }
        throwIfAny(Nomination.check(application));
        VersionConflictException.check(NOMINATION, nomination.id(), expectedVersion, nomination.version());
        StateView state = registry.state(new StateId(nomination.stateId())).orElse(null);
        nomination.apply(application, FellowshipEligibilityRules.screen(call.details().eligibility(), state, application));
        em.flush();
        return seenBy(caller, nomination);
    }

    @Override
    public NominationView overrideEligibility(NominationId id, Boolean eligible, String reason, long expectedVersion) {
        callers.current().requireStaff();
        Nomination nomination = loadNomination(id);
        if (eligible != null && (reason == null || reason.isBlank())) {
            throw new ValidationException("reason", "required");
        }
        if (reason != null && reason.length() > Nomination.REASON_MAX) {
            throw new ValidationException("reason", "tooLong", Nomination.REASON_MAX);
        }
        VersionConflictException.check(NOMINATION, nomination.id(), expectedVersion, nomination.version());
        nomination.override(eligible, reason);
        em.flush();
        return view(nomination);
    }

    @Override
    public NominationView withdraw(NominationId id, long expectedVersion) {
        Caller caller = member();
        Nomination nomination = loadNomination(id);
        if (!caller.mayActForState(nomination.stateId())) {
            throw new AccessDeniedException("nomination of another State");
        }
        if (nomination.status() != NominationStatus.NOMINATED && nomination.status() != NominationStatus.WAITLISTED) {
            throw new ValidationException("status", "fellowship.nomination.decided");
        }
        VersionConflictException.check(NOMINATION, nomination.id(), expectedVersion, nomination.version());
        nomination.withdraw();
        em.flush();
        return view(nomination);
    }

    @Override
    public NominationFile noteVerbale(NominationId id) {
        Caller caller = member();
        Nomination nomination = loadNomination(id);
        if (!caller.mayActForState(nomination.stateId()) && !isNominee(caller, nomination)) {
            throw new AccessDeniedException("note verbale of another State");
        }
        return em.createNamedQuery("NominationDocument.of", NominationDocument.class)
                .setParameter("nomination", nomination.id()).setParameter("kind", NominationDocument.NOTE_VERBALE)
                .setMaxResults(1).getResultStream().findFirst().map(NominationDocument::file)
                .orElseThrow(() -> new NotFoundException("NoteVerbale", nomination.id()));
    }

    // ------------------------------------------------------------------ review

    @Override
    public ReviewDeclaration declaration(String username) {
        Caller caller = member();
        if (!caller.isStaff() && (!caller.has(Role.REVIEWER) || !Objects.equals(caller.username(), username))) {
            throw new AccessDeniedException("another reviewer's declaration");
        }
        ReviewInterest interest = username == null ? null : em.find(ReviewInterest.class, username);
        return interest == null ? new ReviewDeclaration(username, null, null, null, null, 0) : interest.view();
    }

    @Override
    public ReviewDeclaration declare(ReviewDeclaration declaration) {
        Caller caller = member();
        if (declaration == null || declaration.username() == null || declaration.username().isBlank()) {
            throw new ValidationException("username", "required");
        }
        if (!caller.isStaff() && (!caller.has(Role.REVIEWER)
                || !Objects.equals(caller.username(), declaration.username()))) {
            throw new AccessDeniedException("another reviewer's declaration");
        }
        if (declaration.agency() != null && declaration.agency().length() > 200) {
            throw new ValidationException("agency", "tooLong", 200);
        }
        UUID state = declaration.stateId();
        AgencyView agency = null;
        if (declaration.agencyId() != null) {
            agency = directory.agency(declaration.agencyId())
                    .orElseThrow(() -> new ValidationException("agencyId", "fellowship.declaration.agencyUnknown"));
            if (state == null) {
                state = agency.stateId();
            } else if (!state.equals(agency.stateId())) {
                throw new ValidationException("agencyId", "fellowship.declaration.agencyOtherState");
            }
        } else if (declaration.agency() != null && !declaration.agency().isBlank()) {
            // a name (as API clients sent before): it must name one of the declared State's registry agencies
            if (state == null) {
                throw new ValidationException("stateId", "fellowship.declaration.stateFirst");
            }
            agency = registryAgencyNamed(state, declaration.agency(), new HashMap<>())
                    .orElseThrow(() -> new ValidationException("agency", "fellowship.declaration.agencyUnknown"));
        }
        AgencyId agencyId = agency == null ? null : agency.id();
        String agencyName = agency == null ? null : agency.name();
        ReviewInterest interest = em.find(ReviewInterest.class, declaration.username());
        if (interest == null) {
            interest = new ReviewInterest(declaration.username());
            interest.declare(state, declaration.organisationId(), agencyId, agencyName);
            em.persist(interest);
        } else {
            VersionConflictException.check("ReviewInterest", declaration.username(), declaration.version(),
                    interest.version());
            interest.declare(state, declaration.organisationId(), agencyId, agencyName);
        }
        em.flush();
        return interest.view();
    }

    @Override
    public ReviewAssignmentResult assignReviewers(CallId callId, List<ReviewCandidate> candidates) {
        callers.current().requireStaff();
        FellowshipCall call = loadCall(callId);
        if (call.status() != CallStatus.IN_REVIEW) {
            throw new ValidationException("status", "fellowship.call.notInReview");
        }
        List<ReviewAssignment> existing = em.createNamedQuery("ReviewAssignment.ofCall", ReviewAssignment.class)
                .setParameter("call", call.id()).getResultList();
        Map<String, Integer> load = new HashMap<>();
        Map<String, Set<String>> byNomination = new HashMap<>();
        for (ReviewAssignment a : existing) {
            load.merge(a.reviewer(), 1, Integer::sum);
            byNomination.computeIfAbsent(a.nominationId(), k -> new HashSet<>()).add(a.reviewer());
        }
        List<ReviewAssignmentPlanner.Reviewer> reviewers = new ArrayList<>();
        Map<UUID, List<AgencyView>> agenciesByState = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (ReviewCandidate c : candidates == null ? List.<ReviewCandidate>of() : candidates) {
            if (c == null || c.username() == null || !seen.add(c.username())) {
                continue;
            }
            ReviewInterest interest = em.find(ReviewInterest.class, c.username());
            ReviewDeclaration declared = interest == null ? null : interest.view();
            UUID state = declared != null && declared.stateId() != null ? declared.stateId() : c.stateId();
            String agency = declared != null && declared.agency() != null ? declared.agency() : c.agency();
            UUID agencyId = declared != null && declared.agencyId() != null ? declared.agencyId().value() : null;
            if (agencyId == null && agency != null && state != null) {
                // declared before agencies were chosen from the registry: the State's agency of that name, if any
                agencyId = registryAgencyNamed(state, agency, agenciesByState).map(a -> a.id().value()).orElse(null);
            }
            reviewers.add(new ReviewAssignmentPlanner.Reviewer(c.username(), state, agencyId, agency,
                    load.getOrDefault(c.username(), 0)));
        }
        List<ReviewAssignmentPlanner.Application> applications = em.createNamedQuery("Nomination.ofCall",
                        Nomination.class).setParameter("call", call.id()).getResultStream()
                .filter(n -> n.eligible() && n.status() == NominationStatus.NOMINATED)
                .map(n -> new ReviewAssignmentPlanner.Application(UUID.fromString(n.id()), n.stateId(),
                        n.agencyId(), n.agencyName(), byNomination.getOrDefault(n.id(), Set.of())))
                .toList();
        ReviewAssignmentPlanner.Plan plan = ReviewAssignmentPlanner.plan(applications, reviewers,
                call.reviewersPerApplication());
        Instant now = Instant.now();
        for (ReviewAssignmentPlanner.Pair pair : plan.pairs()) {
            em.persist(new ReviewAssignment(call.id(), pair.nominationId().toString(), pair.username(), now));
        }
        em.flush();
        return new ReviewAssignmentResult(plan.pairs().size(), plan.load(),
                plan.shortOfReviewers().stream().map(NominationId::new).toList());
    }

    @Override
    public List<ReviewAssignmentView> myAssignments() {
        Caller caller = member();
        if (!caller.isStaff() && !caller.has(Role.REVIEWER)) {
            throw new AccessDeniedException("review assignments: reviewers and staff");
        }
        return assignmentViews(em.createNamedQuery("ReviewAssignment.ofReviewer", ReviewAssignment.class)
                .setParameter("reviewer", caller.username()).getResultList());
    }

    @Override
    public List<ReviewAssignmentView> assignments(CallId callId) {
        callers.current().requireStaff();
        FellowshipCall call = loadCall(callId);
        return assignmentViews(em.createNamedQuery("ReviewAssignment.ofCall", ReviewAssignment.class)
                .setParameter("call", call.id()).getResultList());
    }

    @Override
    public ReviewAssignmentView assignment(UUID id) {
        Caller caller = member();
        ReviewAssignment assignment = loadAssignment(id);
        if (!caller.isStaff() && !assignment.reviewer().equals(caller.username())) {
            throw new AccessDeniedException("another reviewer's assignment");
        }
        return assignmentViews(List.of(assignment)).get(0);
    }

    @Override
    public ReviewAssignmentView score(UUID id, ReviewScoreSheet sheet, long expectedVersion) {
        Caller caller = member();
        ReviewAssignment assignment = loadAssignment(id);
        if (!assignment.reviewer().equals(caller.username())) {
            throw new AccessDeniedException("only the assigned reviewer scores");
        }
        FellowshipCall call = em.find(FellowshipCall.class, assignment.callId());
        if (call.status() != CallStatus.IN_REVIEW) {
            throw new ValidationException("status", "fellowship.call.notInReview");
        }
        if (call.reviewDeadline() != null && LocalDate.now().isAfter(call.reviewDeadline())) {
            throw new ValidationException("call", "fellowship.deadline.passed", call.reviewDeadline());
        }
        List<FieldError> errors = new ArrayList<>();
        Map<UUID, Integer> scores = sheet == null ? Map.of() : sheet.scores();
        for (CallCriterion criterion : call.criteria()) {
            Integer score = scores.get(criterion.id());
            String field = "scores." + criterion.id();
            if (score == null) {
                errors.add(FieldError.of(field, "required"));
            } else if (score < ReviewAggregation.MIN_SCORE || score > ReviewAggregation.MAX_SCORE) {
                errors.add(FieldError.of(field, "fellowship.range", ReviewAggregation.MIN_SCORE,
                        ReviewAggregation.MAX_SCORE));
            }
        }
        Set<UUID> known = call.criteria().stream().map(CallCriterion::id).collect(Collectors.toSet());
        scores.keySet().stream().filter(k -> !known.contains(k)).findFirst()
                .ifPresent(k -> errors.add(FieldError.of("scores", "fellowship.criterion.unknown", k)));
        if (sheet != null && sheet.comment() != null && sheet.comment().length() > ReviewAssignment.COMMENT_MAX) {
            errors.add(FieldError.of("comment", "tooLong", ReviewAssignment.COMMENT_MAX));
        }
        throwIfAny(errors);
        VersionConflictException.check(ASSIGNMENT, assignment.id(), expectedVersion, assignment.version());
        assignment.submit(scores, sheet.comment(), Instant.now());
        em.flush();
        return assignmentViews(List.of(assignment)).get(0);
    }

    /** The registry agency of the State whose name or acronym is {@code name} (ignoring case and spacing). */
    private Optional<AgencyView> registryAgencyNamed(UUID state, String name, Map<UUID, List<AgencyView>> cache) {
        String wanted = ReviewAssignmentPlanner.normalise(name);
        if (wanted == null) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(state, s -> directory.agencies(new StateId(s))).stream()
                .filter(a -> wanted.equals(ReviewAssignmentPlanner.normalise(a.name()))
                        || wanted.equals(ReviewAssignmentPlanner.normalise(a.acronym())))
                .findFirst();
    }

    private List<ReviewAssignmentView> assignmentViews(List<ReviewAssignment> assignments) {
        Map<String, FellowshipCall> calls = new HashMap<>();
        Map<String, Nomination> nominations = new HashMap<>();
        List<ReviewAssignmentView> views = new ArrayList<>();
        for (ReviewAssignment a : assignments) {
            FellowshipCall call = calls.computeIfAbsent(a.callId(), k -> em.find(FellowshipCall.class, k));
            Nomination n = nominations.computeIfAbsent(a.nominationId(), k -> em.find(Nomination.class, k));
            Map<UUID, Integer> scores = a.scores();
            views.add(new ReviewAssignmentView(UUID.fromString(a.id()), NominationId.of(n.id()), CallId.of(call.id()),
                    call.title(), a.reviewer(), n.nomineeName(), n.stateId(), n.application(), scores, a.comment(),
                    a.submittedAt(), a.submittedAt() == null ? null : ReviewAggregation.weighted(scores, call.criteria()),
                    a.version()));
        }
        return views;
    }

    // ------------------------------------------------------------------ selection

    @Override
    public CallSelectionBoard selectionBoard(CallId callId) {
        callers.current().requireStaff();
        FellowshipCall call = loadCall(callId);
        List<Nomination> nominations = em.createNamedQuery("Nomination.ofCall", Nomination.class)
                .setParameter("call", call.id()).getResultList();
        Map<String, List<ReviewAssignment>> reviews = em.createNamedQuery("ReviewAssignment.ofCall",
                        ReviewAssignment.class).setParameter("call", call.id()).getResultStream()
                .collect(Collectors.groupingBy(ReviewAssignment::nominationId));
        List<CallCriterion> criteria = call.criteria();
        Map<String, NominationView> views = views(nominations).stream()
                .collect(Collectors.toMap(v -> v.id().toString(), v -> v));
        record Scored(Nomination nomination, ReviewAggregation.Aggregate aggregate, int assigned) {
        }
        List<Scored> scored = nominations.stream()
                .filter(n -> n.eligible() && n.status() != NominationStatus.WITHDRAWN)
                .map(n -> {
                    List<ReviewAssignment> list = reviews.getOrDefault(n.id(), List.of());
                    return new Scored(n, ReviewAggregation.aggregate(list.stream().filter(a -> a.submittedAt() != null)
                            .map(a -> ReviewAggregation.weighted(a.scores(), criteria)).toList()), list.size());
                })
                .sorted(Comparator.comparing((Scored s) -> s.aggregate().mean(),
                                Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(s -> s.nomination().nomineeName()))
                .toList();
        List<NominationRanking> ranking = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            ranking.add(new NominationRanking(i + 1, views.get(s.nomination().id()), s.aggregate().mean(),
                    s.aggregate().spread(), s.aggregate().reviews(), s.assigned()));
        }
        return new CallSelectionBoard(view(call), ranking, balance(call, nominations));
    }

    private CohortBalance balance(FellowshipCall call, List<Nomination> nominations) {
        List<CohortBalanceRules.Member> members = nominations.stream().filter(n -> n.status().inCohort())
                .map(n -> new CohortBalanceRules.Member(n.stateId(), n.sex())).toList();
        Map<UUID, StateView> states = new HashMap<>();
        members.stream().map(CohortBalanceRules.Member::stateId).distinct()
                .forEach(id -> registry.state(new StateId(id)).ifPresent(s -> states.put(id, s)));
        CallDetails d = call.details();
        return CohortBalanceRules.balance(d.seats(), d.womenTargetPercent(), d.developingTargetPercent(), members,
                states);
    }

    @Override
    public NominationView decide(NominationId id, NominationDecision decision, String reason, LocalDate offerDeadline,
                                 long expectedVersion) {
        callers.current().requireStaff();
        Nomination nomination = loadNomination(id);
        FellowshipCall call = lockSeats(em.find(FellowshipCall.class, nomination.callId()));
        List<FieldError> errors = new ArrayList<>();
        if (decision == null) {
            errors.add(FieldError.of("decision", "required"));
        }
        if (reason == null || reason.isBlank()) {
            errors.add(FieldError.of("reason", "required"));
        } else if (reason.length() > Nomination.REASON_MAX) {
            errors.add(FieldError.of("reason", "tooLong", Nomination.REASON_MAX));
        }
        throwIfAny(errors);
        if (call.status() != CallStatus.SELECTION && call.status() != CallStatus.COHORT_RUNNING) {
            throw new ValidationException("status", "fellowship.call.notInSelection");
        }
        if (nomination.status() == NominationStatus.WITHDRAWN || nomination.status() == NominationStatus.ACCEPTED
                || nomination.status() == NominationStatus.DECLINED || nomination.status() == NominationStatus.LAPSED) {
            throw new ValidationException("status", "fellowship.nomination.decided");
        }
        if (decision != NominationDecision.REJECT && !nomination.eligible()) {
            throw new ValidationException("decision", "fellowship.nomination.ineligible");
        }
        LocalDate today = LocalDate.now();
        // once the cohort runs, staff fill freed seats whatever the date; before, the call's deadline holds
        // (staff move it by editing the call, which the audit trail records)
        if (call.status() == CallStatus.SELECTION && call.selectionDeadline() != null
                && today.isAfter(call.selectionDeadline())) {
            throw new ValidationException("call", "fellowship.deadline.passed", call.selectionDeadline());
        }
        VersionConflictException.check(NOMINATION, nomination.id(), expectedVersion, nomination.version());
        switch (decision) {
            case SELECT -> {
                if (nomination.status() != NominationStatus.SELECTED && seatsTaken(call) >= call.seats()) {
                    throw new ValidationException("decision", "fellowship.seats.full", call.seats());
                }
                LocalDate deadline = offerDeadline != null ? offerDeadline : defaultOfferDeadline(call, today);
                if (deadline.isBefore(today)) {
                    throw new ValidationException("offerDeadline", "fellowship.deadline.past");
                }
                nomination.decide(NominationStatus.SELECTED, reason, deadline, null);
                notifyOffer(call, nomination);
            }
            case WAITLIST -> nomination.decide(NominationStatus.WAITLISTED, reason, null,
                    nomination.status() == NominationStatus.WAITLISTED ? nomination.waitlistRank() : nextRank(call));
            case REJECT -> nomination.decide(NominationStatus.REJECTED, reason, null, null);
        }
        em.flush();
        return view(nomination);
    }

    private static LocalDate defaultOfferDeadline(FellowshipCall call, LocalDate today) {
        LocalDate fallback = today.plusDays(PROMOTION_ACCEPTANCE_DAYS);
        return call.acceptanceDeadline() != null && !call.acceptanceDeadline().isBefore(today)
                ? call.acceptanceDeadline() : fallback;
    }

    /**
     * Locks the call's row until the transaction ends, so that two focal points nominating at once, or two staff
     * selecting at once, count each other's nominations: neither the quota per State nor the seats overflow.
     */
    private FellowshipCall lockSeats(FellowshipCall call) {
        em.lock(call, LockModeType.PESSIMISTIC_WRITE);
        return call;
    }

    private int seatsTaken(FellowshipCall call) {
        return em.createQuery("SELECT COUNT(n) FROM Nomination n WHERE n.callId = :call AND n.status IN :taken",
                        Long.class).setParameter("call", call.id())
                .setParameter("taken", List.of(NominationStatus.SELECTED, NominationStatus.ACCEPTED))
                .getSingleResult().intValue();
    }

    private int nextRank(FellowshipCall call) {
        Integer max = em.createQuery("SELECT MAX(n.waitlistRank) FROM Nomination n WHERE n.callId = :call",
                Integer.class).setParameter("call", call.id()).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    @Override
    public NominationView answerOffer(NominationId id, boolean accept, long expectedVersion) {
        Caller caller = member();
        Nomination nomination = loadNomination(id);
        if (!caller.mayActForState(nomination.stateId()) && !isNominee(caller, nomination)) {
            throw new AccessDeniedException("offer of another State");
        }
        if (nomination.status() != NominationStatus.SELECTED) {
            throw new ValidationException("status", "fellowship.offer.none");
        }
        if (accept && nomination.offerDeadline() != null && LocalDate.now().isAfter(nomination.offerDeadline())) {
            throw new ValidationException("offerDeadline", "fellowship.deadline.passed", nomination.offerDeadline());
        }
        VersionConflictException.check(NOMINATION, nomination.id(), expectedVersion, nomination.version());
        nomination.answer(accept ? NominationStatus.ACCEPTED : NominationStatus.DECLINED);
        if (!accept) {
            promoteNext(em.find(FellowshipCall.class, nomination.callId()), LocalDate.now());
        }
        em.flush();
        return seenBy(caller, nomination);
    }

    @Override
    public int lapseOverdueOffers(LocalDate today) {
        callers.current().requireStaff();
        List<Nomination> overdue = em.createNamedQuery("Nomination.overdueOffers", Nomination.class)
                .setParameter("selected", NominationStatus.SELECTED).setParameter("today", today).getResultList();
        for (Nomination n : overdue) {
            n.answer(NominationStatus.LAPSED);
            em.flush();
            promoteNext(em.find(FellowshipCall.class, n.callId()), today);
        }
        em.flush();
        return overdue.size();
    }

    /** The first waitlisted nomination of the call (by rank) gets the freed seat, with a fresh deadline. */
    private void promoteNext(FellowshipCall call, LocalDate today) {
        lockSeats(call);
        if (seatsTaken(call) >= call.seats()) {
            return;
        }
        em.createQuery("SELECT n FROM Nomination n WHERE n.callId = :call AND n.status = :waitlisted"
                        + " ORDER BY n.waitlistRank, n.nominatedAt", Nomination.class)
                .setParameter("call", call.id()).setParameter("waitlisted", NominationStatus.WAITLISTED)
                .setMaxResults(1).getResultStream().findFirst()
                .ifPresent(next -> {
                    next.decide(NominationStatus.SELECTED, "waiting list: a seat was freed",
                            today.plusDays(PROMOTION_ACCEPTANCE_DAYS), null);
                    notifyOffer(call, next);
                });
    }

    /**
     * The State's focal points and the nominee hear of an offer and its deadline: the focal points with a link to
     * their State's nominations, the nominee (through their own account, or by e-mail) to their own fellowship page.
     */
    private void notifyOffer(FellowshipCall call, Nomination nomination) {
        notifier.send(Notification.of("assistance.fellowship.offer", Audience.focalPointsOf(nomination.stateId()),
                        "notify.fellowship.offer", nomination.nomineeName(), call.title(), nomination.offerDeadline())
                .linkingTo("/app/fellowships/nominate.xhtml?call=" + call.id())
                .once("fellowship.offer." + nomination.id() + "." + nomination.offerDeadline()));
        notifier.send(Notification.of("assistance.fellowship.offer",
                        Audience.persons(Set.of(nomination.personId().value())), "notify.fellowship.offer",
                        nomination.nomineeName(), call.title(), nomination.offerDeadline())
                .linkingTo("/app/fellowships/mine.xhtml")
                .once("fellowship.offer.nominee." + nomination.id() + "." + nomination.offerDeadline()));
    }

    @Override
    public int remindDueFollowUps(LocalDate today) {
        callers.current().requireStaff();
        List<FellowshipFollowUp> due = em.createNamedQuery("FellowshipFollowUp.due", FellowshipFollowUp.class)
                .setParameter("day", today.plusDays(FOLLOW_UP_NOTICE_DAYS)).getResultList();
        Map<String, FellowshipCall> calls = new HashMap<>();
        for (FellowshipFollowUp followUp : due) {
            Nomination fellow = em.find(Nomination.class, followUp.nominationId());
            FellowshipCall call = calls.computeIfAbsent(followUp.callId(), k -> em.find(FellowshipCall.class, k));
            notifier.send(Notification.of("assistance.fellowship.followUp", Audience.staff()
                                    .and(Audience.focalPointsOf(fellow.stateId())), "notify.fellowship.followUp",
                            fellow.nomineeName(), followUp.months(), call.title(), followUp.dueOn())
                    .linkingTo("/app/fellowships/calls.xhtml")
                    .once("fellowship.followUp." + followUp.id()));
        }
        return due.size();
    }

    // ------------------------------------------------------------------ cohort

    @Override
    public CohortView cohort(CallId callId) {
        Caller caller = member();
        FellowshipCall call = visibleCall(callId, caller);
        if (!caller.isStaff() && !(caller.has(Role.FOCAL_POINT) && caller.stateId() != null)) {
            throw new AccessDeniedException("cohort: staff or focal points");
        }
        List<CohortSessionView> sessions = sessions(call);
        return new CohortView(view(call), sessions, fellows(call, caller.isStaff() ? null : caller.stateId()));
    }

    private List<CohortSessionView> sessions(FellowshipCall call) {
        return em.createNamedQuery("CohortSession.ofCall", CohortSession.class).setParameter("call", call.id())
                .getResultStream().map(CohortSession::view).toList();
    }

    private List<CohortFellowView> fellows(FellowshipCall call, UUID onlyState) {
        int sessions = sessions(call).size();
        Map<String, Set<UUID>> attended = new HashMap<>();
        em.createNamedQuery("CohortAttendance.presentOfCall", Object[].class).setParameter("call", call.id())
                .getResultStream().forEach(row -> attended.computeIfAbsent((String) row[0], k -> new HashSet<>())
                        .add(UUID.fromString((String) row[1])));
        List<Nomination> fellows = em.createNamedQuery("Nomination.ofCall", Nomination.class)
                .setParameter("call", call.id()).getResultStream()
                .filter(n -> n.status() == NominationStatus.ACCEPTED)
                .filter(n -> onlyState == null || onlyState.equals(n.stateId())).toList();
        var rule = call.details().completion();
        boolean inPerson = call.details().phases().stream()
                .anyMatch(p -> p.kind() == org.salwhub.assistance.api.fellowship.CallPhaseKind.IN_PERSON);
        return views(fellows).stream().map(v -> {
            Set<UUID> present = attended.getOrDefault(v.id().toString(), Set.of());
            return new CohortFellowView(v, present, sessions, rule.completed(v.onlineCompleted(), present.size(),
                    sessions, inPerson));
        }).toList();
    }

    @Override
    public CohortSessionView addSession(CallId callId, String title, LocalDate heldOn) {
        callers.current().requireStaff();
        FellowshipCall call = loadCall(callId);
        List<FieldError> errors = new ArrayList<>();
        if (title == null || title.isBlank()) {
            errors.add(FieldError.of("title", "required"));
        } else if (title.length() > 200) {
            errors.add(FieldError.of("title", "tooLong", 200));
        }
        if (heldOn == null) {
            errors.add(FieldError.of("heldOn", "required"));
        }
        throwIfAny(errors);
        if (call.status().ordinal() < CallStatus.SELECTION.ordinal()) {
            throw new ValidationException("status", "fellowship.call.noCohort");
        }
        CohortSession session = new CohortSession(call.id(), title, heldOn);
        em.persist(session);
        em.flush();
        return session.view();
    }

    @Override
    public NominationView recordOnlineCompletion(NominationId id, boolean completed, long expectedVersion) {
        callers.current().requireStaff();
        Nomination nomination = loadFellow(id);
        VersionConflictException.check(NOMINATION, nomination.id(), expectedVersion, nomination.version());
        nomination.completeOnline(completed);
        em.flush();
        return view(nomination);
    }

    @Override
    public void recordAttendance(UUID sessionId, NominationId id, boolean present) {
        callers.current().requireStaff();
        Nomination nomination = loadFellow(id);
        CohortSession session = sessionId == null ? null : em.find(CohortSession.class, sessionId.toString());
        if (session == null || !session.callId().equals(nomination.callId())) {
            throw new NotFoundException("CohortSession", String.valueOf(sessionId));
        }
        CohortAttendance attendance = em.createNamedQuery("CohortAttendance.find", CohortAttendance.class)
                .setParameter("session", session.id()).setParameter("nomination", nomination.id())
                .getResultStream().findFirst().orElse(null);
        if (attendance == null) {
            attendance = new CohortAttendance(session.id(), nomination.id());
            attendance.mark(present);
            em.persist(attendance);
        } else {
            attendance.mark(present);
        }
        em.flush();
    }

    private Nomination loadFellow(NominationId id) {
        Nomination nomination = loadNomination(id);
        if (nomination.status() != NominationStatus.ACCEPTED) {
            throw new ValidationException("fellow", "fellowship.notFellow");
        }
        return nomination;
    }

    @Override
    public FellowshipLetter certificate(NominationId id) {
        Caller caller = member();
        Nomination nomination = loadNomination(id);
        if (!caller.mayActForState(nomination.stateId()) && !isNominee(caller, nomination)) {
            throw new AccessDeniedException("certificate of another State's fellow");
        }
        FellowshipCall call = em.find(FellowshipCall.class, nomination.callId());
        if (!completed(call, nomination)) {
            throw new ValidationException("fellow", "fellowship.certificate.notCompleted");
        }
        return new FellowshipLetter(view(call), view(nomination));
    }

    @Override
    public FellowshipLetter visaInvitation(NominationId id) {
        Caller caller = member();
        Nomination nomination = loadNomination(id);
        if (!caller.mayActForState(nomination.stateId()) && !isNominee(caller, nomination)) {
            throw new AccessDeniedException("letter for another State's fellow");
        }
        if (!nomination.status().inCohort()) {
            throw new ValidationException("fellow", "fellowship.notSelected");
        }
        FellowshipCall call = em.find(FellowshipCall.class, nomination.callId());
        return new FellowshipLetter(view(call), view(nomination));
    }

    // ------------------------------------------------------------------ ledger

    @Override
    public List<FellowshipLedgerLine> ledger(NominationId id) {
        Caller caller = member();
        Nomination nomination = loadNomination(id);
        if (!caller.mayActForState(nomination.stateId()) && !isNominee(caller, nomination)) {
            throw new AccessDeniedException("ledger of another State's fellow");
        }
        return em.createNamedQuery("FellowshipLedgerItem.ofFellow", FellowshipLedgerItem.class)
                .setParameter("nomination", nomination.id()).getResultStream().map(FellowshipLedgerItem::view).toList();
    }

    @Override
    public FellowshipLedgerLine addLedgerEntry(NominationId id, FellowshipLedgerEntry entry) {
        callers.current().requireStaff();
        Nomination nomination = loadNomination(id);
        if (!nomination.status().inCohort()) {
            throw new ValidationException("fellow", "fellowship.notSelected");
        }
        throwIfAny(FellowshipLedgerItem.check(Objects.requireNonNull(entry)));
        FellowshipLedgerItem item = new FellowshipLedgerItem(nomination.callId(), nomination.id());
        item.record(entry);
        em.persist(item);
        em.flush();
        return item.view();
    }

    @Override
    public FellowshipLedgerLine updateLedgerEntry(UUID id, FellowshipLedgerEntry entry, long expectedVersion) {
        callers.current().requireStaff();
        FellowshipLedgerItem item = id == null ? null : em.find(FellowshipLedgerItem.class, id.toString());
        if (item == null) {
            throw new NotFoundException("FellowshipLedgerItem", String.valueOf(id));
        }
        throwIfAny(FellowshipLedgerItem.check(Objects.requireNonNull(entry)));
        VersionConflictException.check("FellowshipLedgerItem", id.toString(), expectedVersion, item.version());
        item.record(entry);
        em.flush();
        return item.view();
    }

    // ------------------------------------------------------------------ alumni

    @Override
    public List<FellowshipFollowUpView> followUps(CallId callId) {
        Caller caller = member();
        FellowshipCall call = visibleCall(callId, caller);
        return followUpViews(em.createNamedQuery("FellowshipFollowUp.ofCall", FellowshipFollowUp.class)
                .setParameter("call", call.id()).getResultList()).stream()
                .filter(f -> caller.mayActForState(f.stateId())).toList();
    }

    @Override
    public FellowshipFollowUpView recordFollowUp(UUID id, FellowshipFollowUpEntry entry, long expectedVersion) {
        Caller caller = member();
        FellowshipFollowUp followUp = id == null ? null : em.find(FellowshipFollowUp.class, id.toString());
        if (followUp == null) {
            throw new NotFoundException("FellowshipFollowUp", String.valueOf(id));
        }
        Nomination nomination = em.find(Nomination.class, followUp.nominationId());
        if (!caller.mayActForState(nomination.stateId())) {
            throw new AccessDeniedException("follow-up of another State's alumnus");
        }
        List<FieldError> errors = new ArrayList<>();
        if (entry == null || entry.currentPosition() == null || entry.currentPosition().isBlank()) {
            errors.add(FieldError.of("currentPosition", "required"));
        } else if (entry.currentPosition().length() > 300) {
            errors.add(FieldError.of("currentPosition", "tooLong", 300));
        }
        if (entry != null && entry.skillsUse() != null && entry.skillsUse().length() > 4000) {
            errors.add(FieldError.of("skillsUse", "tooLong", 4000));
        }
        throwIfAny(errors);
        VersionConflictException.check("FellowshipFollowUp", followUp.id(), expectedVersion, followUp.version());
        followUp.record(entry, LocalDate.now());
        em.flush();
        return followUpViews(List.of(followUp)).get(0);
    }

    @Override
    public List<FellowshipFollowUpView> dueFollowUps(LocalDate day) {
        callers.current().requireStaff();
        return followUpViews(em.createNamedQuery("FellowshipFollowUp.due", FellowshipFollowUp.class)
                .setParameter("day", day).getResultList());
    }

    private List<FellowshipFollowUpView> followUpViews(List<FellowshipFollowUp> list) {
        Map<String, Nomination> nominations = new HashMap<>();
        return list.stream().map(f -> {
            Nomination n = nominations.computeIfAbsent(f.nominationId(), k -> em.find(Nomination.class, k));
            return new FellowshipFollowUpView(UUID.fromString(f.id()), NominationId.of(n.id()), CallId.of(f.callId()),
                    n.nomineeName(), n.stateId(), f.months(), f.dueOn(), f.recordedOn(), f.entry(), f.version());
        }).toList();
    }

    @Override
    public List<NominationView> nominationsOf(PersonId person) {
        Caller caller = member();
        if (person == null) {
            return List.of();
        }
        return views(em.createNamedQuery("Nomination.ofPerson", Nomination.class)
                .setParameter("person", person.toString()).getResultStream()
                .filter(n -> caller.mayActForState(n.stateId()) || isNominee(caller, n)).toList()).stream()
                .map(v -> caller.mayActForState(v.stateId()) ? v : asFellowSees(v)).toList();
    }

    @Override
    public Set<NominationId> completedOf(PersonId person) {
        Caller caller = member();
        if (person == null) {
            return Set.of();
        }
        Map<String, FellowshipCall> calls = new HashMap<>();
        return em.createNamedQuery("Nomination.ofPerson", Nomination.class)
                .setParameter("person", person.toString()).getResultStream()
                .filter(n -> caller.mayActForState(n.stateId()) || isNominee(caller, n))
                .filter(n -> n.status() == NominationStatus.ACCEPTED)
                .filter(n -> completed(calls.computeIfAbsent(n.callId(), k -> em.find(FellowshipCall.class, k)), n))
                .map(n -> NominationId.of(n.id())).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public List<FellowNomination> myNominations() {
        Caller caller = member();
        if (!caller.has(Role.FELLOW) || caller.personId() == null) {
            throw new AccessDeniedException("fellows only");
        }
        LocalDate today = LocalDate.now();
        Map<String, FellowshipCall> calls = new HashMap<>();
        Map<String, Nomination> mine = new HashMap<>();
        ownNominations(caller).stream()
                .filter(n -> calls.computeIfAbsent(n.callId(), k -> em.find(FellowshipCall.class, k)).status()
                        != CallStatus.DRAFT)
                .forEach(n -> mine.put(n.id(), n));
        List<FellowNomination> result = new ArrayList<>();
        for (NominationView v : views(mine.values()).stream()
                .sorted(Comparator.comparing(NominationView::nominatedAt).reversed()).toList()) {
            Nomination n = mine.get(v.id().toString());
            FellowshipCall call = calls.get(n.callId());
            boolean offerOpen = n.status() == NominationStatus.SELECTED
                    && (n.offerDeadline() == null || !today.isAfter(n.offerDeadline()));
            List<FellowshipLedgerLine> ledger = n.status().inCohort() || n.status() == NominationStatus.DECLINED
                    ? em.createNamedQuery("FellowshipLedgerItem.ofFellow", FellowshipLedgerItem.class)
                    .setParameter("nomination", n.id()).getResultStream().map(FellowshipLedgerItem::view).toList()
                    : List.of();
            result.add(new FellowNomination(view(call), asFellowSees(v), call.status() == CallStatus.OPEN,
                    offerOpen, n.status().inCohort(), completed(call, n), ledger));
        }
        return result;
    }

    /** Whether the caller is the nominee of this nomination, signed in with their own FELLOW account. */
    private static boolean isNominee(Caller caller, Nomination nomination) {
        return caller.isFellowOf(nomination.personId().value());
    }

    /** The nominations of the caller's own registry person (a fellow's), in every call. */
    private List<Nomination> ownNominations(Caller caller) {
        if (!caller.has(Role.FELLOW) || caller.personId() == null) {
            return List.of();
        }
        return em.createNamedQuery("Nomination.ofPerson", Nomination.class)
                .setParameter("person", caller.personId().toString()).getResultList();
    }

    private boolean nominatedTo(Caller caller, FellowshipCall call) {
        return ownNominations(caller).stream().anyMatch(n -> n.callId().equals(call.id()));
    }

    /** The nomination as the caller may see it: whole for staff and the State's focal point, else the nominee's. */
    private NominationView seenBy(Caller caller, Nomination nomination) {
        NominationView view = view(nomination);
        return caller.mayActForState(nomination.stateId()) || assignedTo(caller, nomination) ? view
                : asFellowSees(view);
    }

    /** What the nominee sees of their nomination: not the staff's notes (override and decision reasons) nor who nominated. */
    static NominationView asFellowSees(NominationView v) {
        return new NominationView(v.id(), v.callId(), v.stateId(), v.personId(), v.nomineeName(), v.latinName(),
                v.application(), v.noteVerbaleName(), v.noteVerbaleSize(), v.eligible(), v.ineligibility(),
                v.overridden(), null, v.status(), null, v.waitlistRank(), v.offerDeadline(), v.onlineCompleted(),
                null, v.nominatedAt(), v.version());
    }

    /** Whether the fellow completed under the call's rule (the cohort has run far enough to say). */
    private boolean completed(FellowshipCall call, Nomination nomination) {
        return nomination.status() == NominationStatus.ACCEPTED
                && call.status().ordinal() >= CallStatus.COHORT_RUNNING.ordinal()
                && fellows(call, nomination.stateId()).stream()
                .anyMatch(f -> f.fellow().id().toString().equals(nomination.id()) && f.completed());
    }

    // ------------------------------------------------------------------ reports

    @Override
    public FellowshipCallReport report(CallId callId) {
        callers.current().requireStaff();
        FellowshipCall call = loadCall(callId);
        List<Nomination> applications = em.createNamedQuery("Nomination.ofCall", Nomination.class)
                .setParameter("call", call.id()).getResultStream()
                .filter(n -> n.status() != NominationStatus.WITHDRAWN).toList();
        Map<UUID, StateView> states = new HashMap<>();
        applications.stream().map(Nomination::stateId).distinct()
                .forEach(id -> registry.state(new StateId(id)).ifPresent(s -> states.put(id, s)));
        List<FellowshipCount> byState = counts(applications, n -> n.stateId().toString());
        List<FellowshipCount> bySubregion = counts(applications, n -> Optional.ofNullable(states.get(n.stateId()))
                .map(StateView::subregion).map(Enum::name).orElse("NONE"));
        List<FellowshipCount> bySex = counts(applications, n -> n.sex() == null ? "UNDISCLOSED" : n.sex().name());
        int selected = (int) applications.stream().filter(n -> n.status() == NominationStatus.SELECTED
                || n.status() == NominationStatus.ACCEPTED || n.status() == NominationStatus.DECLINED
                || n.status() == NominationStatus.LAPSED).count();
        List<CohortFellowView> fellows = fellows(call, null);
        int completed = (int) fellows.stream().filter(CohortFellowView::completed).count();
        Map<String, BigDecimal[]> spending = new TreeMap<>();
        for (FellowshipLedgerItem item : em.createNamedQuery("FellowshipLedgerItem.ofCall", FellowshipLedgerItem.class)
                .setParameter("call", call.id()).getResultList()) {
            FellowshipLedgerEntry e = item.entry();
            BigDecimal[] sums = spending.computeIfAbsent((e.donorId() == null ? "" : e.donorId().toString()) + "|"
                    + e.currency(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            sums[e.status().ordinal()] = sums[e.status().ordinal()].add(e.amount());
        }
        List<FellowshipSpending> spent = spending.entrySet().stream().map(entry -> {
            String[] key = entry.getKey().split("\\|");
            BigDecimal[] s = entry.getValue();
            return new FellowshipSpending(key[0].isEmpty() ? null : UUID.fromString(key[0]), key[1],
                    s[FellowshipLedgerStatus.PLANNED.ordinal()], s[FellowshipLedgerStatus.APPROVED.ordinal()],
                    s[FellowshipLedgerStatus.PAID.ordinal()]);
        }).toList();
        return new FellowshipCallReport(view(call), applications.size(), byState, bySubregion, bySex, selected,
                fellows.size(), completed, spent);
    }

    private static List<FellowshipCount> counts(List<Nomination> list, Function<Nomination, String> key) {
        Map<String, Long> counts = list.stream().collect(Collectors.groupingBy(key, TreeMap::new,
                Collectors.counting()));
        return counts.entrySet().stream().map(e -> new FellowshipCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(FellowshipCount::count).reversed()
                        .thenComparing(FellowshipCount::key)).toList();
    }

    // ------------------------------------------------------------------ helpers

    private Caller member() {
        Caller caller = callers.current();
        if (!caller.isAuthenticated()) {
            throw new AccessDeniedException("sign in first");
        }
        return caller;
    }

    private FellowshipCall loadCall(CallId id) {
        FellowshipCall call = id == null ? null : em.find(FellowshipCall.class, id.toString());
        if (call == null) {
            throw new NotFoundException(CALL, String.valueOf(id));
        }
        return call;
    }

    /**
     * A call the caller may see: drafts are staff's only (and look missing to others); a fellow sees only the calls
     * they were nominated to.
     */
    private FellowshipCall visibleCall(CallId id, Caller caller) {
        FellowshipCall call = loadCall(id);
        if ((call.status() == CallStatus.DRAFT && !caller.isStaff())
                || (caller.isOnlyFellow() && !nominatedTo(caller, call))) {
            throw new NotFoundException(CALL, String.valueOf(id));
        }
        return call;
    }

    private Nomination loadNomination(NominationId id) {
        Nomination nomination = id == null ? null : em.find(Nomination.class, id.toString());
        if (nomination == null) {
            throw new NotFoundException(NOMINATION, String.valueOf(id));
        }
        return nomination;
    }

    private ReviewAssignment loadAssignment(UUID id) {
        ReviewAssignment assignment = id == null ? null : em.find(ReviewAssignment.class, id.toString());
        if (assignment == null) {
            throw new NotFoundException(ASSIGNMENT, String.valueOf(id));
        }
        return assignment;
    }

    private CallView view(FellowshipCall call) {
        return call.view(em.createQuery("SELECT COUNT(n) FROM Nomination n WHERE n.callId = :call"
                        + " AND n.status <> :withdrawn", Long.class).setParameter("call", call.id())
                .setParameter("withdrawn", NominationStatus.WITHDRAWN).getSingleResult().intValue());
    }

    private NominationView view(Nomination nomination) {
        return views(List.of(nomination)).get(0);
    }

    /** Views with their note verbale's name and size, in one query for the whole list. */
    private List<NominationView> views(Collection<Nomination> nominations) {
        if (nominations.isEmpty()) {
            return List.of();
        }
        Map<String, Object[]> documents = new LinkedHashMap<>();
        em.createNamedQuery("NominationDocument.meta", Object[].class)
                .setParameter("nominations", nominations.stream().map(Nomination::id).toList())
                .setParameter("kind", NominationDocument.NOTE_VERBALE).getResultStream()
                .forEach(row -> documents.put((String) row[0], row));
        return nominations.stream().map(n -> {
            Object[] doc = documents.get(n.id());
            return n.view(doc == null ? null : (String) doc[1], doc == null ? 0 : ((Number) doc[2]).longValue());
        }).toList();
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
