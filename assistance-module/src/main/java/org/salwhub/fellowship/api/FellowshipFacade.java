package org.salwhub.fellowship.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The capacity-building fellowship programme: calls, State nominations, review, selection, the cohort and its
 * alumni. Every rule is checked here:
 * <ul>
 *   <li>staff run calls, decide, and see everything;</li>
 *   <li>a focal point sees open (and later) calls and nominates for, and sees the nominations of, their own State
 *       only, up to the call's quota, until its nomination deadline;</li>
 *   <li>a reviewer sees and scores only the applications assigned to them;</li>
 *   <li>a fellow (a nominee with an account bound to their registry person) sees only the calls they were
 *       nominated to and their own nominations, completes their own application while the call is open, answers
 *       their own offer and downloads their own note verbale, visa letter and certificate, and reads their own
 *       ledger; nothing of other nominees, of the review or of the staff's notes;</li>
 *   <li>draft calls are visible to staff only; anonymous callers get nothing.</li>
 * </ul>
 */
public interface FellowshipFacade {

    /** Tolerance of the acceptance deadline given to a waitlisted candidate promoted late: 14 days. */
    int PROMOTION_ACCEPTANCE_DAYS = 14;

    // ------------------------------------------------------------------ calls

    /** The calls the caller may see, newest first. */
    List<CallView> calls();

    /** Whether the caller may create calls (staff). */
    boolean mayCreateCalls();

    Optional<CallView> call(CallId id);

    /** Staff. A new call is a draft. */
    CallView createCall(CallDetails details);

    /** Staff; criteria keep their IDs (a criterion without one is new). Criteria are frozen once reviews began. */
    CallView updateCall(CallId id, CallDetails details, long expectedVersion);

    /** Staff: moves the call one step on ({@link CallStatus#canMoveTo}); any other move is refused. */
    CallView moveCall(CallId id, CallStatus target, long expectedVersion);

    // ------------------------------------------------------------------ nominations

    /** The nominations of a call the caller may see: all for staff, their State's for a focal point. */
    List<NominationView> nominations(CallId call);

    Optional<NominationView> nomination(NominationId id);

    /** How many more nominations the State may make in the call. */
    int quotaLeft(CallId call, UUID stateId);

    NominationView nominate(CallId call, NominationRequest request);

    /**
     * Completes or corrects the application (staff; the State's focal point, or the nominee themselves, while the
     * call is open).
     */
    NominationView updateApplication(NominationId id, NominationApplication application, long expectedVersion);

    /** Staff decide eligibility against the screening, with the reason recorded; {@code null} returns to it. */
    NominationView overrideEligibility(NominationId id, Boolean eligible, String reason, long expectedVersion);

    /** The State withdraws its nominee (focal point or staff). */
    NominationView withdraw(NominationId id, long expectedVersion);

    /** The note verbale (staff, the focal point of the nominating State, or the nominee). */
    NominationFile noteVerbale(NominationId id);

    // ------------------------------------------------------------------ review

    /** Staff and the reviewer themselves. */
    ReviewDeclaration declaration(String username);

    /** The reviewer declares their own interests, or staff for them. */
    ReviewDeclaration declare(ReviewDeclaration declaration);

    /**
     * Staff: assigns the call's reviewers-per-application to every eligible nomination short of them, from the
     * enabled reviewer accounts ({@link FellowshipAccounts}), the fewest-loaded first, never a reviewer of the
     * nominee's State or agency.
     */
    ReviewAssignmentResult assignReviewers(CallId call);

    /** A reviewer's own assignments (staff: anyone's when {@code reviewer} is given, all of a call otherwise). */
    List<ReviewAssignmentView> myAssignments();

    List<ReviewAssignmentView> assignments(CallId call);

    /** The assignments of a call as the caller may read them: all of them for staff, their own for a reviewer. */
    List<ReviewAssignmentView> reviewAssignments(CallId call);

    ReviewAssignmentView assignment(UUID id);

    /** The reviewer scores their assignment: every criterion 0..5; until the review deadline. */
    ReviewAssignmentView score(UUID assignment, ReviewScoreSheet sheet, long expectedVersion);

    // ------------------------------------------------------------------ selection

    /** Staff: eligible nominations ranked by mean weighted score, with the cohort's balance. */
    CallSelectionBoard selectionBoard(CallId call);

    /** Staff: select (an offer with an acceptance deadline), waitlist or reject, each with a reason. */
    NominationView decide(NominationId id, NominationDecision decision, String reason, LocalDate offerDeadline,
                          long expectedVersion);

    /**
     * The fellow's answer to the offer (the fellow themselves, the focal point of the State, or staff). A decline
     * promotes the first waitlisted nomination of the call.
     */
    NominationView answerOffer(NominationId id, boolean accept, long expectedVersion);

    /**
     * Offers whose deadline passed lapse and promote the next waitlisted; returns how many lapsed. The system (the
     * daily timer) or staff.
     */
    int lapseOverdueOffers(LocalDate today);

    // ------------------------------------------------------------------ cohort

    CohortView cohort(CallId call);

    CohortSessionView addSession(CallId call, String title, LocalDate heldOn);

    NominationView recordOnlineCompletion(NominationId fellow, boolean completed, long expectedVersion);

    void recordAttendance(UUID session, NominationId fellow, boolean present);

    /**
     * For the certificate: only a fellow who completed under the call's rule. Staff, the State's focal point, or
     * the fellow.
     */
    FellowshipLetter certificate(NominationId fellow);

    /** For the visa invitation letter: a selected or accepted fellow. Staff, the State's focal point, or the fellow. */
    FellowshipLetter visaInvitation(NominationId fellow);

    // ------------------------------------------------------------------ ledger

    List<FellowshipLedgerLine> ledger(NominationId fellow);

    FellowshipLedgerLine addLedgerEntry(NominationId fellow, FellowshipLedgerEntry entry);

    FellowshipLedgerLine updateLedgerEntry(UUID id, FellowshipLedgerEntry entry, long expectedVersion);

    // ------------------------------------------------------------------ alumni

    List<FellowshipFollowUpView> followUps(CallId call);

    FellowshipFollowUpView recordFollowUp(UUID id, FellowshipFollowUpEntry entry, long expectedVersion);

    /** How many days before a follow-up is due its reminder goes out. */
    int FOLLOW_UP_NOTICE_DAYS = 14;

    /**
     * Reminds staff and the State's focal points of every unanswered follow-up due within
     * {@link #FOLLOW_UP_NOTICE_DAYS} days (or overdue), once per follow-up; returns how many are due. Staff or a
     * system task.
     */
    int remindDueFollowUps(LocalDate today);

    /** Unanswered follow-ups due on or before {@code day} (staff; for reminders). */
    List<FellowshipFollowUpView> dueFollowUps(LocalDate day);

    /**
     * The signed-in fellow's own nominations, every call they were nominated to, newest first (fellows only: the
     * caller's account must be bound to a registry person).
     */
    List<FellowNomination> myNominations();

    /** The calls a registry person was nominated to, with the outcome: for their profile. */
    List<NominationView> nominationsOf(org.salwhub.registry.api.directory.PersonId person);

    /**
     * Which of the nominations {@link #nominationsOf} shows the caller the person completed under their call's
     * completion rule (accepted, and the cohort ran: what earns a certificate). Only these make the person an
     * alumnus once the programme has ended; a fellow who dropped out does not.
     */
    java.util.Set<NominationId> completedOf(org.salwhub.registry.api.directory.PersonId person);

    /**
     * The programmes the person is an alumnus of today ({@link AlumniProgrammes}), the most recent first, from what
     * {@link #nominationsOf}, {@link #completedOf} and {@link #call} show the caller.
     */
    List<AlumniProgrammes.Programme> alumniProgrammes(org.salwhub.registry.api.directory.PersonId person);

    // ------------------------------------------------------------------ reports

    FellowshipCallReport report(CallId call);
}
