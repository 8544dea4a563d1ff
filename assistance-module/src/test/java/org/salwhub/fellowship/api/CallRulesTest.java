package org.salwhub.fellowship.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CallRulesTest {

    @Test
    void aCallMovesOnlyToTheNextStatus() {
        assertTrue(CallStatus.DRAFT.canMoveTo(CallStatus.OPEN));
        assertTrue(CallStatus.OPEN.canMoveTo(CallStatus.CLOSED));
        assertTrue(CallStatus.COHORT_RUNNING.canMoveTo(CallStatus.COMPLETED));
        assertFalse(CallStatus.DRAFT.canMoveTo(CallStatus.IN_REVIEW), "no skipping");
        assertFalse(CallStatus.CLOSED.canMoveTo(CallStatus.OPEN), "no way back");
        assertFalse(CallStatus.COMPLETED.canMoveTo(CallStatus.DRAFT));
        assertFalse(CallStatus.OPEN.canMoveTo(CallStatus.OPEN));
        assertEquals(null, CallStatus.COMPLETED.next());
    }

    @Test
    void theCompletionRuleDecidesTheCertificate() {
        CallCompletionRule rule = new CallCompletionRule(true, 80);
        assertTrue(rule.completed(true, 4, 5, true), "80 % attended");
        assertFalse(rule.completed(true, 3, 5, true), "60 % attended");
        assertFalse(rule.completed(false, 5, 5, true), "online phase not done");
        assertFalse(rule.completed(true, 0, 0, true), "the in-person phase has not begun: no certificate yet");
        assertTrue(rule.completed(true, 0, 0, false), "an online-only call: the online phase is all");
        assertTrue(new CallCompletionRule(false, 50).completed(false, 1, 2, true));
    }
}
