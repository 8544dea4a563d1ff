package org.salwhub.fellowship.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.salwhub.fellowship.api.CallCriterion;
import org.salwhub.fellowship.api.CallDeadlines;
import org.salwhub.fellowship.api.CallDetails;
import org.salwhub.fellowship.api.CallId;
import org.salwhub.fellowship.api.CallPhase;
import org.salwhub.fellowship.api.CallPhaseKind;
import org.salwhub.fellowship.api.CallStatus;
import org.salwhub.fellowship.api.NominationId;
import org.salwhub.fellowship.api.NominationStatus;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.kernel.VersionConflictException;

/** The call's state machine and the invariants it keeps, without a server or a database. */
class FellowshipCallTest {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    static final Instant NOW = Instant.parse("2027-03-01T12:00:00Z");

    static CallDetails details(List<CallCriterion> criteria) {
        return new CallDetails("SALW Fellowship 2027", "Tracing", null, 2, List.of("en"), null, 1, 50, 50,
                new CallDeadlines(TODAY.plusDays(30), TODAY.plusDays(60), TODAY.plusDays(75), TODAY.plusDays(90)), 2,
                List.of(new CallPhase(CallPhaseKind.ONLINE, null, TODAY.plusDays(100), TODAY.plusDays(130), null)),
                criteria, null);
    }

    static FellowshipCall call() {
        return new FellowshipCall(CallId.random(), details(List.of(new CallCriterion(null, "Need", 60),
                new CallCriterion(null, "Experience", 40))), NOW);
    }

    /** Moves the call on, step by step, up to {@code target}. */
    static FellowshipCall movedTo(FellowshipCall call, CallStatus target) {
        while (call.status() != target) {
            call.moveTo(call.status().next(), TODAY, call.version());
        }
        return call;
    }

    static String code(ValidationException e) {
        return e.errors().get(0).code();
    }

    @Test
    void aNewCallIsADraftThatMovesOneStepAtATime() {
        FellowshipCall call = call();
        assertEquals(CallStatus.DRAFT, call.status());
        ValidationException skipped = assertThrows(ValidationException.class,
                () -> call.moveTo(CallStatus.CLOSED, TODAY, 0));
        assertEquals("fellowship.status.transition", code(skipped));
        assertEquals(CallStatus.DRAFT, call.status());
        movedTo(call, CallStatus.COMPLETED);
        assertEquals("fellowship.status.transition", code(assertThrows(ValidationException.class,
                () -> call.moveTo(CallStatus.DRAFT, TODAY, 0))), "a completed call moves no more");
    }

    @Test
    void aCallOpensOnlyBeforeItsNominationDeadline() {
        FellowshipCall call = call();
        LocalDate late = TODAY.plusDays(31);
        ValidationException past = assertThrows(ValidationException.class,
                () -> call.moveTo(CallStatus.OPEN, late, 0));
        assertEquals("nominationDeadline", past.errors().get(0).field());
        assertEquals("fellowship.deadline.past", code(past));
        call.moveTo(CallStatus.OPEN, TODAY.plusDays(30), 0);
        assertEquals(CallStatus.OPEN, call.status());
    }

    @Test
    void theReviewNeedsCriteriaToScore() {
        FellowshipCall call = new FellowshipCall(CallId.random(), details(List.of()), NOW);
        movedTo(call, CallStatus.CLOSED);
        ValidationException none = assertThrows(ValidationException.class,
                () -> call.moveTo(CallStatus.IN_REVIEW, TODAY, 0));
        assertEquals("criteria", none.errors().get(0).field());
        assertEquals("required", code(none));
    }

    @Test
    void aStaleVersionIsAConflict() {
        FellowshipCall call = call();
        assertThrows(VersionConflictException.class, () -> call.moveTo(CallStatus.OPEN, TODAY, 3));
        assertThrows(VersionConflictException.class, () -> call.revise(call.details(), 3));
    }

    @Test
    void theRubricFreezesOnceTheReviewBeganAndACompletedCallChangesNoMore() {
        FellowshipCall call = movedTo(call(), CallStatus.CLOSED);
        List<CallCriterion> changed = List.of(new CallCriterion(null, "Need", 100));
        call.revise(details(changed), 0);
        assertEquals(100, call.criteria().get(0).weight(), "before the review, the rubric may change");
        movedTo(call, CallStatus.IN_REVIEW);
        ValidationException frozen = assertThrows(ValidationException.class,
                () -> call.revise(details(List.of(new CallCriterion(null, "Need", 50))), 0));
        assertEquals("fellowship.criteria.frozen", code(frozen));
        assertDoesNotThrow(() -> call.revise(details(call.criteria()), 0), "the same rubric with other details");
        movedTo(call, CallStatus.COMPLETED);
        assertEquals("fellowship.call.completed", code(assertThrows(ValidationException.class,
                () -> call.revise(details(call.criteria()), 0))));
    }

    @Test
    void aStateNominatesWhileTheCallIsOpenBeforeItsDeadlineWithinItsQuota() {
        FellowshipCall call = call();
        assertEquals("fellowship.call.notOpen", code(assertThrows(ValidationException.class,
                () -> call.admitNomination(TODAY, 0))), "a draft takes no nominations");
        movedTo(call, CallStatus.OPEN);
        assertDoesNotThrow(() -> call.admitNomination(TODAY.plusDays(30), 0), "on the deadline's day");
        ValidationException late = assertThrows(ValidationException.class,
                () -> call.admitNomination(TODAY.plusDays(31), 0));
        assertEquals("fellowship.deadline.passed", code(late));
        ValidationException full = assertThrows(ValidationException.class, () -> call.admitNomination(TODAY, 1));
        assertEquals("stateId", full.errors().get(0).field());
        assertEquals("fellowship.quota.reached", code(full));
    }

    @Test
    void aPersonIsNominatedToACallOnce() {
        FellowshipCall call = movedTo(call(), CallStatus.OPEN);
        PersonId person = new PersonId(UUID.randomUUID());
        Nomination nomination = call.nominate(NominationId.random(), UUID.randomUUID(), person, "Amal Hassan", null,
                false, "fp.sudan", NOW);
        assertEquals(NominationStatus.NOMINATED, nomination.status());
        assertEquals(call.id(), nomination.callId());
        ValidationException twice = assertThrows(ValidationException.class, () -> call.nominate(
                NominationId.random(), UUID.randomUUID(), person, "Amal Hassan", null, true, "fp.other", NOW));
        assertEquals("personId", twice.errors().get(0).field());
        assertEquals("fellowship.nomination.duplicate", code(twice));
    }

    @Test
    void applicationsChangeWhileTheCallIsOpenOrByStaff() {
        FellowshipCall call = movedTo(call(), CallStatus.OPEN);
        assertDoesNotThrow(() -> call.checkApplicationOpen(false));
        movedTo(call, CallStatus.CLOSED);
        assertEquals("fellowship.call.notOpen", code(assertThrows(ValidationException.class,
                () -> call.checkApplicationOpen(false))));
        assertDoesNotThrow(() -> call.checkApplicationOpen(true));
    }

    @Test
    void reviewersScoreWhileInReviewUntilTheReviewDeadline() {
        FellowshipCall call = movedTo(call(), CallStatus.CLOSED);
        assertEquals("fellowship.call.notInReview", code(assertThrows(ValidationException.class,
                () -> call.checkScoring(TODAY))));
        movedTo(call, CallStatus.IN_REVIEW);
        assertDoesNotThrow(() -> call.checkScoring(TODAY.plusDays(60)));
        assertEquals("fellowship.deadline.passed", code(assertThrows(ValidationException.class,
                () -> call.checkScoring(TODAY.plusDays(61)))));
    }

    @Test
    void staffDecideInSelectionUntilItsDeadlineAndFillFreedSeatsWhileTheCohortRuns() {
        FellowshipCall call = movedTo(call(), CallStatus.IN_REVIEW);
        assertEquals("fellowship.call.notInSelection", code(assertThrows(ValidationException.class,
                call::checkInSelection)));
        movedTo(call, CallStatus.SELECTION);
        assertDoesNotThrow(call::checkInSelection);
        assertEquals("fellowship.deadline.passed", code(assertThrows(ValidationException.class,
                () -> call.checkSelectionDeadline(TODAY.plusDays(76)))));
        movedTo(call, CallStatus.COHORT_RUNNING);
        assertDoesNotThrow(call::checkInSelection);
        assertDoesNotThrow(() -> call.checkSelectionDeadline(TODAY.plusDays(200)));
        assertDoesNotThrow(() -> call.checkSeatFree(1));
        assertEquals("fellowship.seats.full", code(assertThrows(ValidationException.class,
                () -> call.checkSeatFree(2))));
    }

    @Test
    void anOfferRunsToTheCallsAcceptanceDeadlineElseTwoWeeks() {
        FellowshipCall call = call();
        assertEquals(TODAY.plusDays(90), call.offerDeadline(TODAY, 14));
        assertEquals(TODAY.plusDays(91 + 14), call.offerDeadline(TODAY.plusDays(91), 14), "the call's has passed");
    }

    @Test
    void aCohortExistsFromTheSelectionOn() {
        FellowshipCall call = movedTo(call(), CallStatus.IN_REVIEW);
        assertEquals("fellowship.call.noCohort", code(assertThrows(ValidationException.class,
                call::checkHasCohort)));
        movedTo(call, CallStatus.SELECTION);
        assertDoesNotThrow(call::checkHasCohort);
    }
}
