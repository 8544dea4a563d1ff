package org.salwhub.web.security;

import java.time.Instant;

/**
 * An account's sign-in bookkeeping. It changes on every sign-in attempt, so it
 * is stored without touching the account's version: signing in never causes a
 * version conflict for an administrator editing the account.
 */
public record LoginState(int failedLogins, Instant lockedUntil, Instant lastLoginAt) {

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** One more wrong password; at the policy's limit the account locks and the count starts again. */
    public LoginState afterFailure(Instant now, LockoutPolicy policy) {
        int failures = failedLogins + 1;
        if (failures >= policy.maxFailures()) {
            return new LoginState(0, now.plus(policy.lockFor()), lastLoginAt);
        }
        return new LoginState(failures, isLocked(now) ? lockedUntil : null, lastLoginAt);
    }

    public LoginState afterSuccess(Instant now) {
        return new LoginState(0, null, now);
    }
}
