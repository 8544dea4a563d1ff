package org.salwhub.fellowship.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.salwhub.fellowship.api.CallStatus;
import org.salwhub.fellowship.api.NominationAgeBand;
import org.salwhub.fellowship.api.NominationApplication;
import org.salwhub.fellowship.api.NominationDecision;
import org.salwhub.fellowship.api.NominationId;
import org.salwhub.fellowship.api.NominationStatus;
import org.salwhub.registry.api.directory.AgencyType;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.directory.Sex;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.kernel.VersionConflictException;

/** A nomination's life: decisions, the offer and its answer, withdrawal; and the rules each step keeps. */
class NominationTest {

    static final LocalDate TODAY = FellowshipCallTest.TODAY;

    static Nomination nomination(List<String> failedRules) {
        FellowshipCall call = FellowshipCallTest.movedTo(FellowshipCallTest.call(), CallStatus.OPEN);
        Nomination n = call.nominate(NominationId.random(), UUID.randomUUID(), new PersonId(UUID.randomUUID()),
                "Grace Namutebi", null, false, "fp.uganda", FellowshipCallTest.NOW);
        n.apply(new NominationApplication("Inspector", "Uganda Police Force", AgencyType.LAW_ENFORCEMENT, null, 8,
                null, List.of("en"), Sex.FEMALE, NominationAgeBand.FROM_30_TO_39), failedRules);
        return n;
    }

    static Nomination eligible() {
        return nomination(List.of());
    }

    static String code(Runnable step) {
        return assertThrows(ValidationException.class, step::run).errors().get(0).code();
    }

    @Test
    void aDecisionAndItsReasonAreRequired() {
        assertEquals(List.of("decision", "reason"), Nomination.checkDecision(null, " ").stream()
                .map(e -> e.field()).toList());
        assertEquals("tooLong", Nomination.checkDecision(NominationDecision.REJECT, "x".repeat(1001)).get(0).code());
        assertEquals(List.of(), Nomination.checkDecision(NominationDecision.SELECT, "strong application"));
    }

    @Test
    void onlyAnEligibleNominationIsSelectedOrWaitlistedButAnyMayBeRejected() {
        Nomination ineligible = nomination(List.of("fellowship.rule.experience"));
        assertEquals("fellowship.nomination.ineligible", code(() -> ineligible.checkDecidable(NominationDecision.SELECT)));
        assertEquals("fellowship.nomination.ineligible",
                code(() -> ineligible.checkDecidable(NominationDecision.WAITLIST)));
        assertDoesNotThrow(() -> ineligible.checkDecidable(NominationDecision.REJECT));
        ineligible.override(true, "equivalent experience", 0);
        assertDoesNotThrow(() -> ineligible.checkDecidable(NominationDecision.SELECT), "staff overrode the screening");
    }

    @Test
    void anOverrideNeedsAReasonAndReturningToTheScreeningNeedsNone() {
        Nomination n = nomination(List.of("fellowship.rule.experience"));
        assertEquals("required", code(() -> n.override(true, " ", 0)));
        assertThrows(VersionConflictException.class, () -> n.override(true, "ok", 5));
        n.override(true, "equivalent experience", 0);
        assertEquals(true, n.eligible());
        n.override(null, null, 0);
        assertEquals(false, n.eligible(), "back to the screening");
    }

    @Test
    void anOfferIsAnsweredOnceAndAcceptedOnlyUntilItsDeadline() {
        Nomination n = eligible();
        assertEquals("fellowship.offer.none", code(() -> n.answerOffer(true, TODAY, 0)));
        assertEquals("fellowship.deadline.past", code(() -> n.select("best", TODAY.minusDays(1), TODAY)));
        n.select("best ranked", TODAY.plusDays(14), TODAY);
        assertEquals(NominationStatus.SELECTED, n.status());
        assertEquals(TODAY.plusDays(14), n.offerDeadline());
        assertEquals("fellowship.deadline.passed", code(() -> n.answerOffer(true, TODAY.plusDays(15), 0)));
        n.answerOffer(true, TODAY.plusDays(14), 0);
        assertEquals(NominationStatus.ACCEPTED, n.status());
        assertEquals("fellowship.offer.none", code(() -> n.answerOffer(false, TODAY, 0)));
        assertEquals("fellowship.nomination.decided", code(() -> n.checkDecidable(NominationDecision.REJECT)));
    }

    @Test
    void aLateOfferMayStillBeDeclinedOrLapse() {
        Nomination declined = eligible();
        declined.select("best", TODAY, TODAY);
        declined.answerOffer(false, TODAY.plusDays(30), 0);
        assertEquals(NominationStatus.DECLINED, declined.status());
        Nomination lapsed = eligible();
        lapsed.select("best", TODAY, TODAY);
        lapsed.lapse();
        assertEquals(NominationStatus.LAPSED, lapsed.status());
        assertThrows(IllegalStateException.class, lapsed::lapse, "no offer is open any more");
    }

    @Test
    void theWaitingListKeepsARanksPlace() {
        Nomination n = eligible();
        n.waitlist("next in line", 3);
        assertEquals(3, n.waitlistRank());
        n.waitlist("still next", 7);
        assertEquals(3, n.waitlistRank(), "waitlisted again: the same place");
        n.select("a seat was freed", TODAY.plusDays(14), TODAY);
        assertNull(n.waitlistRank());
    }

    @Test
    void theStateWithdrawsBeforeADecisionOrFromTheWaitingList() {
        Nomination nominated = eligible();
        assertThrows(VersionConflictException.class, () -> nominated.withdraw(2));
        nominated.withdraw(0);
        assertEquals(NominationStatus.WITHDRAWN, nominated.status());
        Nomination waitlisted = eligible();
        waitlisted.waitlist("next", 1);
        waitlisted.withdraw(0);
        assertEquals(NominationStatus.WITHDRAWN, waitlisted.status());
        Nomination selected = eligible();
        selected.select("best", TODAY, TODAY);
        assertEquals("fellowship.nomination.decided", code(() -> selected.withdraw(0)));
        Nomination rejected = eligible();
        rejected.reject("not this time");
        assertEquals("fellowship.nomination.decided", code(() -> rejected.withdraw(0)));
    }

    @Test
    void onlyAnAcceptedFellowCompletesTheOnlinePhaseAndOnlyASelectedOneGetsLetters() {
        Nomination n = eligible();
        assertEquals("fellowship.notFellow", code(() -> n.completeOnline(true, 0)));
        assertEquals("fellowship.notSelected", code(n::checkSelected));
        n.select("best", TODAY, TODAY);
        assertDoesNotThrow(n::checkSelected);
        n.answerOffer(true, TODAY, 0);
        n.completeOnline(true, 0);
        assertEquals(true, n.onlineCompleted());
        assertDoesNotThrow(n::checkFellow);
    }
}
