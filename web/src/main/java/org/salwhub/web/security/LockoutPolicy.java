package org.salwhub.web.security;

import java.time.Duration;

/** After {@code maxFailures} wrong passwords in a row an account is locked for {@code lockFor}. */
public record LockoutPolicy(int maxFailures, Duration lockFor) {
    public static final LockoutPolicy DEFAULT = new LockoutPolicy(5, Duration.ofMinutes(15));
}
