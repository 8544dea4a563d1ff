package org.salwhub.fellowship.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.salwhub.fellowship.api.CallCriterion;
import org.salwhub.fellowship.api.CallId;
import org.salwhub.fellowship.api.FellowshipAccounts;
import org.salwhub.fellowship.api.NominationId;
import org.salwhub.fellowship.api.NominationStatus;
import org.salwhub.fellowship.api.ReviewAssignmentResult;
import org.salwhub.fellowship.api.ReviewAssignmentView;
import org.salwhub.fellowship.api.ReviewCandidate;
import org.salwhub.fellowship.api.ReviewDeclaration;
import org.salwhub.fellowship.api.ReviewScoreSheet;
import org.salwhub.fellowship.control.FellowshipPolicy;
import org.salwhub.fellowship.control.ReviewAggregation;
import org.salwhub.fellowship.control.ReviewAssignmentPlanner;
import org.salwhub.fellowship.control.ReviewerPool;
import org.salwhub.fellowship.entity.FellowshipCall;
import org.salwhub.fellowship.entity.Nomination;
import org.salwhub.fellowship.entity.ReviewAssignment;
import org.salwhub.fellowship.entity.ReviewInterest;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.directory.AgencyId;
import org.salwhub.registry.api.directory.AgencyView;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.Role;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.kernel.VersionConflictException;

/**
 * The review: reviewers declare their interests, staff assign them to eligible applications (never one of the
 * nominee's State or agency), and each scores their own against the call's criteria until the review deadline.
 */
@Dependent
public class Reviews {

    @PersistenceContext
    EntityManager em;

    @Inject
    FellowshipRecords records;

    @Inject
    DirectoryFacade directory;

    @Inject
    FellowshipAccounts accounts;

    ReviewDeclaration declaration(String username) {
        Caller caller = records.signedIn();
        if (!caller.isStaff() && (!FellowshipPolicy.isReviewer(caller) || !Objects.equals(caller.username(), username))) {
            throw new AccessDeniedException("another reviewer's declaration");
        }
        ReviewInterest interest = username == null ? null : em.find(ReviewInterest.class, username);
        return interest == null ? new ReviewDeclaration(username, null, null, null, null, 0) : interest.view();
    }

    ReviewDeclaration declare(ReviewDeclaration declaration) {
        Caller caller = records.signedIn();
        if (declaration == null || declaration.username() == null || declaration.username().isBlank()) {
            throw new ValidationException("username", "required");
        }
        if (!caller.isStaff() && (!FellowshipPolicy.isReviewer(caller)
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

    ReviewAssignmentResult assignReviewers(CallId callId) {
        records.staff();
        FellowshipCall call = records.loadCall(callId);
        call.checkInReview();
        List<ReviewCandidate> candidates = ReviewerPool.candidates(accounts.withRole(Role.REVIEWER));
        List<ReviewAssignment> existing = em.createNamedQuery("ReviewAssignment.ofCall", ReviewAssignment.class)
                .setParameter("call", call.id()).getResultList();
        Map<String, Integer> load = new HashMap<>();
        Map<String, Set<String>> byNomination = new HashMap<>();
        for (ReviewAssignment a : existing) {
            load.merge(a.reviewer(), 1, Integer::sum);
            byNomination.computeIfAbsent(a.nominationId(), k -> new HashSet<>()).add(a.reviewer());
        }
        List<ReviewAssignmentPlanner.Reviewer> reviewers = reviewers(candidates, load);
        List<ReviewAssignmentPlanner.Application> applications = records.nominationsOfCall(call).stream()
                .filter(n -> n.eligible() && n.status() == NominationStatus.NOMINATED)
                .map(n -> new ReviewAssignmentPlanner.Application(UUID.fromString(n.id()), n.stateId(),
                        n.agencyId(), n.agencyName(), byNomination.getOrDefault(n.id(), Set.of())))
                .toList();
        ReviewAssignmentPlanner.Plan plan = ReviewAssignmentPlanner.plan(applications, reviewers,
                call.reviewersPerApplication());
        Instant now = records.now();
        for (ReviewAssignmentPlanner.Pair pair : plan.pairs()) {
            em.persist(new ReviewAssignment(call.id(), pair.nominationId().toString(), pair.username(), now));
        }
        em.flush();
        return new ReviewAssignmentResult(plan.pairs().size(), plan.load(),
                plan.shortOfReviewers().stream().map(NominationId::new).toList());
    }

    /** The candidates as the planner weighs them: their declared State and agency first, their load so far. */
    private List<ReviewAssignmentPlanner.Reviewer> reviewers(List<ReviewCandidate> candidates,
                                                            Map<String, Integer> load) {
        List<ReviewAssignmentPlanner.Reviewer> reviewers = new ArrayList<>();
        Map<UUID, List<AgencyView>> agenciesByState = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (ReviewCandidate c : candidates) {
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
        return reviewers;
    }

    List<ReviewAssignmentView> myAssignments() {
        Caller caller = records.signedIn();
        if (!caller.isStaff() && !FellowshipPolicy.isReviewer(caller)) {
            throw new AccessDeniedException("review assignments: reviewers and staff");
        }
        return assignmentViews(em.createNamedQuery("ReviewAssignment.ofReviewer", ReviewAssignment.class)
                .setParameter("reviewer", caller.username()).getResultList());
    }

    List<ReviewAssignmentView> assignments(CallId callId) {
        records.staff();
        FellowshipCall call = records.loadCall(callId);
        return assignmentViews(em.createNamedQuery("ReviewAssignment.ofCall", ReviewAssignment.class)
                .setParameter("call", call.id()).getResultList());
    }

    /** The assignments of a call the caller reads: all of them for staff, their own for a reviewer. */
    List<ReviewAssignmentView> assignmentsSeenBy(CallId callId) {
        if (records.callers.current().isStaff()) {
            return assignments(callId);
        }
        return myAssignments().stream().filter(a -> a.callId().equals(callId)).toList();
    }

    ReviewAssignmentView assignment(UUID id) {
        Caller caller = records.signedIn();
        ReviewAssignment assignment = records.loadAssignment(id);
        if (!caller.isStaff() && !assignment.reviewer().equals(caller.username())) {
            throw new AccessDeniedException("another reviewer's assignment");
        }
        return assignmentViews(List.of(assignment)).get(0);
    }

    ReviewAssignmentView score(UUID id, ReviewScoreSheet sheet, long expectedVersion) {
        Caller caller = records.signedIn();
        ReviewAssignment assignment = records.loadAssignment(id);
        if (!assignment.reviewer().equals(caller.username())) {
            throw new AccessDeniedException("only the assigned reviewer scores");
        }
        FellowshipCall call = records.call(assignment.callId());
        call.checkScoring(records.today());
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
        FellowshipRecords.throwIfAny(errors);
        VersionConflictException.check(FellowshipRecords.ASSIGNMENT, assignment.id(), expectedVersion,
                assignment.version());
        assignment.submit(scores, sheet.comment(), records.now());
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
            FellowshipCall call = calls.computeIfAbsent(a.callId(), records::call);
            Nomination n = nominations.computeIfAbsent(a.nominationId(), records::nomination);
            Map<UUID, Integer> scores = a.scores();
            views.add(new ReviewAssignmentView(UUID.fromString(a.id()), NominationId.of(n.id()), CallId.of(call.id()),
                    call.title(), a.reviewer(), n.nomineeName(), n.stateId(), n.application(), scores, a.comment(),
                    a.submittedAt(), a.submittedAt() == null ? null : ReviewAggregation.weighted(scores, call.criteria()),
                    a.version()));
        }
        return views;
    }
}
