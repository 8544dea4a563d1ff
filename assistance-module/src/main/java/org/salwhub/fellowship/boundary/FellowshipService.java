package org.salwhub.fellowship.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.salwhub.fellowship.api.AlumniProgrammes;
import org.salwhub.fellowship.api.CallDetails;
import org.salwhub.fellowship.api.CallId;
import org.salwhub.fellowship.api.CallSelectionBoard;
import org.salwhub.fellowship.api.CallStatus;
import org.salwhub.fellowship.api.CallView;
import org.salwhub.fellowship.api.CohortSessionView;
import org.salwhub.fellowship.api.CohortView;
import org.salwhub.fellowship.api.FellowNomination;
import org.salwhub.fellowship.api.FellowshipCallReport;
import org.salwhub.fellowship.api.FellowshipFacade;
import org.salwhub.fellowship.api.FellowshipFollowUpEntry;
import org.salwhub.fellowship.api.FellowshipFollowUpView;
import org.salwhub.fellowship.api.FellowshipLedgerEntry;
import org.salwhub.fellowship.api.FellowshipLedgerLine;
import org.salwhub.fellowship.api.FellowshipLetter;
import org.salwhub.fellowship.api.NominationApplication;
import org.salwhub.fellowship.api.NominationDecision;
import org.salwhub.fellowship.api.NominationFile;
import org.salwhub.fellowship.api.NominationId;
import org.salwhub.fellowship.api.NominationRequest;
import org.salwhub.fellowship.api.NominationView;
import org.salwhub.fellowship.api.ReviewAssignmentResult;
import org.salwhub.fellowship.api.ReviewAssignmentView;
import org.salwhub.fellowship.api.ReviewDeclaration;
import org.salwhub.fellowship.api.ReviewScoreSheet;
import org.salwhub.registry.api.directory.PersonId;

/**
 * The fellowship programme's boundary, where its transactions begin. Each use case lives in a class of its own
 * ({@link Calls}, {@link Nominations}, {@link Reviews}, {@link Selection}, {@link Cohorts}, {@link Fellows},
 * {@link Alumni}, {@link Reports}), which checks who is calling ({@code FellowshipPolicy}) and leaves the state
 * changes to the aggregates.
 */
@Stateless
public class FellowshipService implements FellowshipFacade {

    @Inject
    Calls calls;

    @Inject
    Nominations nominations;

    @Inject
    Reviews reviews;

    @Inject
    Selection selection;

    @Inject
    Cohorts cohorts;

    @Inject
    Fellows fellows;

    @Inject
    Alumni alumni;

    @Inject
    Reports reports;

    // ------------------------------------------------------------------ calls

    @Override
    public List<CallView> calls() {
        return calls.calls();
    }

    @Override
    public boolean mayCreateCalls() {
        return calls.mayCreateCalls();
    }

    @Override
    public Optional<CallView> call(CallId id) {
        return calls.call(id);
    }

    @Override
    public CallView createCall(CallDetails details) {
        return calls.createCall(details);
    }

    @Override
    public CallView updateCall(CallId id, CallDetails details, long expectedVersion) {
        return calls.updateCall(id, details, expectedVersion);
    }

    @Override
    public CallView moveCall(CallId id, CallStatus target, long expectedVersion) {
        return calls.moveCall(id, target, expectedVersion);
    }

    // ------------------------------------------------------------------ nominations

    @Override
    public List<NominationView> nominations(CallId call) {
        return nominations.nominations(call);
    }

    @Override
    public Optional<NominationView> nomination(NominationId id) {
        return nominations.nomination(id);
    }

    @Override
    public int quotaLeft(CallId call, UUID stateId) {
        return nominations.quotaLeft(call, stateId);
    }

    @Override
    public NominationView nominate(CallId call, NominationRequest request) {
        return nominations.nominate(call, request);
    }

    @Override
    public NominationView updateApplication(NominationId id, NominationApplication application, long expectedVersion) {
        return nominations.updateApplication(id, application, expectedVersion);
    }

    @Override
    public NominationView overrideEligibility(NominationId id, Boolean eligible, String reason, long expectedVersion) {
        return nominations.overrideEligibility(id, eligible, reason, expectedVersion);
    }

    @Override
    public NominationView withdraw(NominationId id, long expectedVersion) {
        return nominations.withdraw(id, expectedVersion);
    }

    @Override
    public NominationFile noteVerbale(NominationId id) {
        return nominations.noteVerbale(id);
    }

    // ------------------------------------------------------------------ review

    @Override
    public ReviewDeclaration declaration(String username) {
        return reviews.declaration(username);
    }

    @Override
    public ReviewDeclaration declare(ReviewDeclaration declaration) {
        return reviews.declare(declaration);
    }

    @Override
    public ReviewAssignmentResult assignReviewers(CallId call) {
        return reviews.assignReviewers(call);
    }

    @Override
    public List<ReviewAssignmentView> myAssignments() {
        return reviews.myAssignments();
    }

    @Override
    public List<ReviewAssignmentView> assignments(CallId call) {
        return reviews.assignments(call);
    }

    @Override
    public List<ReviewAssignmentView> reviewAssignments(CallId call) {
        return reviews.assignmentsSeenBy(call);
    }

    @Override
    public ReviewAssignmentView assignment(UUID id) {
        return reviews.assignment(id);
    }

    @Override
    public ReviewAssignmentView score(UUID assignment, ReviewScoreSheet sheet, long expectedVersion) {
        return reviews.score(assignment, sheet, expectedVersion);
    }

    // ------------------------------------------------------------------ selection

    @Override
    public CallSelectionBoard selectionBoard(CallId call) {
        return selection.selectionBoard(call);
    }

    @Override
    public NominationView decide(NominationId id, NominationDecision decision, String reason, LocalDate offerDeadline,
                                 long expectedVersion) {
        return selection.decide(id, decision, reason, offerDeadline, expectedVersion);
    }

    @Override
    public NominationView answerOffer(NominationId id, boolean accept, long expectedVersion) {
        return selection.answerOffer(id, accept, expectedVersion);
    }

    @Override
    public int lapseOverdueOffers(LocalDate today) {
        return selection.lapseOverdueOffers(today);
    }

    // ------------------------------------------------------------------ cohort

    @Override
    public CohortView cohort(CallId call) {
        return cohorts.cohort(call);
    }

    @Override
    public CohortSessionView addSession(CallId call, String title, LocalDate heldOn) {
        return cohorts.addSession(call, title, heldOn);
    }

    @Override
    public NominationView recordOnlineCompletion(NominationId fellow, boolean completed, long expectedVersion) {
        return cohorts.recordOnlineCompletion(fellow, completed, expectedVersion);
    }

    @Override
    public void recordAttendance(UUID session, NominationId fellow, boolean present) {
        cohorts.recordAttendance(session, fellow, present);
    }

    @Override
    public FellowshipLetter certificate(NominationId fellow) {
        return fellows.certificate(fellow);
    }

    @Override
    public FellowshipLetter visaInvitation(NominationId fellow) {
        return fellows.visaInvitation(fellow);
    }

    // ------------------------------------------------------------------ ledger

    @Override
    public List<FellowshipLedgerLine> ledger(NominationId fellow) {
        return fellows.ledger(fellow);
    }

    @Override
    public FellowshipLedgerLine addLedgerEntry(NominationId fellow, FellowshipLedgerEntry entry) {
        return fellows.addLedgerEntry(fellow, entry);
    }

    @Override
    public FellowshipLedgerLine updateLedgerEntry(UUID id, FellowshipLedgerEntry entry, long expectedVersion) {
        return fellows.updateLedgerEntry(id, entry, expectedVersion);
    }

    @Override
    public List<FellowNomination> myNominations() {
        return fellows.myNominations();
    }

    // ------------------------------------------------------------------ alumni

    @Override
    public List<FellowshipFollowUpView> followUps(CallId call) {
        return alumni.followUps(call);
    }

    @Override
    public FellowshipFollowUpView recordFollowUp(UUID id, FellowshipFollowUpEntry entry, long expectedVersion) {
        return alumni.recordFollowUp(id, entry, expectedVersion);
    }

    @Override
    public int remindDueFollowUps(LocalDate today) {
        return alumni.remindDueFollowUps(today);
    }

    @Override
    public List<FellowshipFollowUpView> dueFollowUps(LocalDate day) {
        return alumni.dueFollowUps(day);
    }

    @Override
    public List<NominationView> nominationsOf(PersonId person) {
        return alumni.nominationsOf(person);
    }

    @Override
    public Set<NominationId> completedOf(PersonId person) {
        return alumni.completedOf(person);
    }

    @Override
    public List<AlumniProgrammes.Programme> alumniProgrammes(PersonId person) {
        return alumni.alumniProgrammes(person);
    }

    // ------------------------------------------------------------------ reports

    @Override
    public FellowshipCallReport report(CallId call) {
        return reports.report(call);
    }
}
