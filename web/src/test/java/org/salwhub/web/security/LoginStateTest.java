package org.salwhub.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginStateTest {

    private static final LockoutPolicy POLICY = LockoutPolicy.DEFAULT;
    private static final Instant NOW = Instant.parse("2025-03-14T09:00:00Z");
    private static final Instant LAST_LOGIN = Instant.parse("2025-03-01T08:00:00Z");
    private static final LoginState FRESH = new LoginState(0, null, LAST_LOGIN);

    private static LoginState fail(LoginState state, int times, Instant at) {
        for (int i = 0; i < times; i++) {
            state = state.afterFailure(at, POLICY);
        }
        return state;
    }

    @Test
    void theDefaultPolicyIsFiveFailuresForFifteenMinutes() {
        assertEquals(5, POLICY.maxFailures());
        assertEquals(Duration.ofMinutes(15), POLICY.lockFor());
    }

    @Test
    void fourFailuresAreCountedButDoNotLock() {
        LoginState state = fail(FRESH, 4, NOW);
        assertEquals(4, state.failedLogins());
        assertNull(state.lockedUntil());
        assertFalse(state.isLocked(NOW));
        assertEquals(LAST_LOGIN, state.lastLoginAt());
    }

    @Test
    void theFifthFailureLocksForFifteenMinutes() {
        LoginState locked = fail(FRESH, 5, NOW);
        assertEquals(NOW.plus(Duration.ofMinutes(15)), locked.lockedUntil());
        assertTrue(locked.isLocked(NOW));
        assertTrue(locked.isLocked(NOW.plus(Duration.ofMinutes(15)).minusSeconds(1)));
        assertFalse(locked.isLocked(NOW.plus(Duration.ofMinutes(15))));
        assertFalse(locked.isLocked(NOW.plus(Duration.ofHours(1))));
        assertEquals(LAST_LOGIN, locked.lastLoginAt(), "a failure is not a sign-in");
    }

    @Test
    void lockingStartsTheCountAgain() {
        LoginState locked = fail(FRESH, 5, NOW);
        assertEquals(0, locked.failedLogins());
        Instant afterLock = NOW.plus(Duration.ofMinutes(16));
        LoginState again = locked.afterFailure(afterLock, POLICY);
        assertEquals(1, again.failedLogins());
        assertNull(again.lockedUntil(), "an expired lock is forgotten");
        assertFalse(again.isLocked(afterLock));
        assertTrue(fail(locked, 5, afterLock).isLocked(afterLock), "five more failures lock again");
    }

    @Test
    void aFailureDuringTheLockKeepsIt() {
        LoginState locked = fail(FRESH, 5, NOW);
        LoginState stillLocked = locked.afterFailure(NOW.plusSeconds(60), POLICY);
        assertEquals(locked.lockedUntil(), stillLocked.lockedUntil());
        assertTrue(stillLocked.isLocked(NOW.plusSeconds(61)));
    }

    @Test
    void successClearsFailures() {
        LoginState state = fail(FRESH, 4, NOW).afterSuccess(NOW.plusSeconds(5));
        assertEquals(0, state.failedLogins());
        assertNull(state.lockedUntil());
        assertEquals(NOW.plusSeconds(5), state.lastLoginAt());
        assertEquals(4, fail(state, 4, NOW.plusSeconds(10)).failedLogins(), "the count starts from zero");
        assertFalse(fail(state, 4, NOW.plusSeconds(10)).isLocked(NOW.plusSeconds(10)));
    }

    @Test
    void aStricterPolicyLocksSooner() {
        LockoutPolicy strict = new LockoutPolicy(2, Duration.ofMinutes(1));
        LoginState state = FRESH.afterFailure(NOW, strict).afterFailure(NOW, strict);
        assertEquals(NOW.plusSeconds(60), state.lockedUntil());
    }
}
