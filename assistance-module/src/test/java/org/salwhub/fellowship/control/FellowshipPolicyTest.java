package org.salwhub.fellowship.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.salwhub.fellowship.api.CallDeadlines;
import org.salwhub.fellowship.api.CallDetails;
import org.salwhub.fellowship.api.CallId;
import org.salwhub.fellowship.api.CallPermissions;
import org.salwhub.fellowship.api.CallStatus;
import org.salwhub.fellowship.api.CallView;
import org.salwhub.fellowship.api.NominationId;
import org.salwhub.fellowship.api.NominationPermissions;
import org.salwhub.fellowship.api.NominationStatus;
import org.salwhub.fellowship.api.NominationView;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.Role;

/** Who may do what with calls and nominations, as the views carry it and the boundary enforces it. */
class FellowshipPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    static final UUID UGANDA = UUID.randomUUID();
    static final UUID KENYA = UUID.randomUUID();
    static final PersonId GRACE = new PersonId(UUID.randomUUID());

    static final Caller STAFF = new Caller("staff", Set.of(Role.CENTRE_STAFF), null, null);
    static final Caller UGANDA_FP = new Caller("fp.ug", Set.of(Role.FOCAL_POINT), UGANDA, null);
    static final Caller KENYA_FP = new Caller("fp.ke", Set.of(Role.FOCAL_POINT), KENYA, null);
    static final Caller GRACE_HERSELF = new Caller("grace", Set.of(Role.FELLOW), null, null, GRACE.value());
    static final Caller REVIEWER = new Caller("rev", Set.of(Role.REVIEWER), null, null);

    static CallView call(CallStatus status, LocalDate nominationDeadline) {
        return new CallView(CallId.random(), new CallDetails("SALW Fellowship 2027", null, null, 12, List.of("en"),
                null, 2, 50, 50, new CallDeadlines(nominationDeadline, null, null, null), 2, List.of(), List.of(),
                null), status, 0, 0);
    }

    static NominationView nomination(NominationStatus status) {
        return new NominationView(NominationId.random(), CallId.random(), UGANDA, GRACE, "Grace Namutebi", null, null,
                null, 0, true, List.of(), false, null, status, null, null, null, false, "fp.ug", Instant.now(), 0);
    }

    @Test
    void staffManageEveryCallAndFollowItsStatus() {
        CallPermissions draft = FellowshipPolicy.forCall(STAFF, call(CallStatus.DRAFT, TODAY), TODAY);
        assertEquals(new CallPermissions(true, true, false, false, false, false, false, false), draft);
        CallPermissions open = FellowshipPolicy.forCall(STAFF, call(CallStatus.OPEN, TODAY), TODAY);
        assertTrue(open.openForNominations() && open.report() && !open.nominate(),
                "staff nominate through the State's form, not the list's link");
        CallPermissions review = FellowshipPolicy.forCall(STAFF, call(CallStatus.IN_REVIEW, TODAY), TODAY);
        assertTrue(review.assignReviewers() && review.selection() && !review.cohort());
        CallPermissions selection = FellowshipPolicy.forCall(STAFF, call(CallStatus.SELECTION, TODAY), TODAY);
        assertTrue(selection.selection() && selection.cohort() && !selection.assignReviewers());
        CallPermissions completed = FellowshipPolicy.forCall(STAFF, call(CallStatus.COMPLETED, TODAY), TODAY);
        assertFalse(completed.move(), "a completed call moves no more");
    }

    @Test
    void aFocalPointNominatesWhileTheCallAcceptsNominationsAndManagesNothing() {
        assertEquals(new CallPermissions(false, false, false, true, true, false, false, false),
                FellowshipPolicy.forCall(UGANDA_FP, call(CallStatus.OPEN, TODAY), TODAY));
        CallPermissions late = FellowshipPolicy.forCall(UGANDA_FP, call(CallStatus.OPEN, TODAY.minusDays(1)), TODAY);
        assertFalse(late.nominate() || late.openForNominations(), "the deadline passed yesterday");
        assertFalse(FellowshipPolicy.forCall(UGANDA_FP, call(CallStatus.CLOSED, TODAY), TODAY).nominate());
        assertEquals(CallPermissions.NONE, FellowshipPolicy.forCall(REVIEWER, call(CallStatus.IN_REVIEW, TODAY), TODAY));
    }

    @Test
    void theNominatingStateWithdrawsBeforeADecisionOrFromTheWaitingList() {
        for (NominationStatus status : NominationStatus.values()) {
            boolean open = status == NominationStatus.NOMINATED || status == NominationStatus.WAITLISTED;
            assertEquals(open, FellowshipPolicy.forNomination(UGANDA_FP, nomination(status)).withdraw(), status.name());
            assertEquals(open, FellowshipPolicy.forNomination(STAFF, nomination(status)).withdraw(), status.name());
            assertFalse(FellowshipPolicy.forNomination(KENYA_FP, nomination(status)).withdraw(), "another State's");
            assertFalse(FellowshipPolicy.forNomination(GRACE_HERSELF, nomination(status)).withdraw(), "the nominee");
        }
    }

    @Test
    void staffDecideUntilTheNomineeAnsweredAndTheOfferIsAnsweredByTheNomineeTheirStateOrStaff() {
        assertEquals(new NominationPermissions(false, true, true),
                FellowshipPolicy.forNomination(STAFF, nomination(NominationStatus.SELECTED)));
        assertEquals(new NominationPermissions(false, false, true),
                FellowshipPolicy.forNomination(GRACE_HERSELF, nomination(NominationStatus.SELECTED)));
        assertEquals(new NominationPermissions(false, false, true),
                FellowshipPolicy.forNomination(UGANDA_FP, nomination(NominationStatus.SELECTED)));
        assertEquals(NominationPermissions.NONE,
                FellowshipPolicy.forNomination(KENYA_FP, nomination(NominationStatus.SELECTED)));
        for (NominationStatus answered : List.of(NominationStatus.ACCEPTED, NominationStatus.DECLINED,
                NominationStatus.LAPSED, NominationStatus.WITHDRAWN, NominationStatus.REJECTED)) {
            assertEquals(NominationPermissions.NONE, FellowshipPolicy.forNomination(STAFF, nomination(answered)),
                    answered.name());
        }
    }

    @Test
    void draftsAreStaffsAndAFellowSeesOnlyTheCallsTheyWereNominatedTo() {
        assertTrue(FellowshipPolicy.maySeeCall(STAFF, CallStatus.DRAFT, false));
        assertFalse(FellowshipPolicy.maySeeCall(UGANDA_FP, CallStatus.DRAFT, false));
        assertTrue(FellowshipPolicy.maySeeCall(UGANDA_FP, CallStatus.OPEN, false));
        assertFalse(FellowshipPolicy.maySeeCall(GRACE_HERSELF, CallStatus.OPEN, false));
        assertTrue(FellowshipPolicy.maySeeCall(GRACE_HERSELF, CallStatus.OPEN, true));
        assertTrue(FellowshipPolicy.maySeeCohort(UGANDA_FP));
        assertFalse(FellowshipPolicy.maySeeCohort(GRACE_HERSELF));
        assertTrue(FellowshipPolicy.mayCreateCalls(STAFF));
        assertFalse(FellowshipPolicy.mayCreateCalls(UGANDA_FP));
    }

    @Test
    void theProgrammeIsForSignedInUsersAndItsJobsForTheSystemOrStaff() {
        assertThrows(AccessDeniedException.class, () -> FellowshipPolicy.requireSignedIn(Caller.ANONYMOUS));
        assertEquals(REVIEWER, FellowshipPolicy.requireSignedIn(REVIEWER));
        assertDoesNotThrow(() -> FellowshipPolicy.requireSystemOrStaff(Caller.SYSTEM));
        assertDoesNotThrow(() -> FellowshipPolicy.requireSystemOrStaff(STAFF));
        assertThrows(AccessDeniedException.class, () -> FellowshipPolicy.requireSystemOrStaff(Caller.ANONYMOUS));
        assertThrows(AccessDeniedException.class, () -> FellowshipPolicy.requireSystemOrStaff(UGANDA_FP));
    }

    @Test
    void theNomineeActsForTheirOwnNominationOnly() {
        assertTrue(FellowshipPolicy.actsForNomination(GRACE_HERSELF, UGANDA, GRACE));
        assertFalse(FellowshipPolicy.actsForNomination(GRACE_HERSELF, UGANDA, new PersonId(UUID.randomUUID())));
        assertTrue(FellowshipPolicy.actsForNomination(UGANDA_FP, UGANDA, new PersonId(UUID.randomUUID())));
        assertFalse(FellowshipPolicy.actsForNomination(KENYA_FP, UGANDA, GRACE));
    }
}
