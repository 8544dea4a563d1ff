package org.salwhub.registry.api.directory;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A role confirmed within {@code dueAfter} is current; after that it is due
 * for verification, and after {@code staleAfter} it is stale.
 */
public record VerificationPolicy(Period dueAfter, Period staleAfter) {

    public static final VerificationPolicy DEFAULT = new VerificationPolicy(Period.ofMonths(12), Period.ofMonths(18));

    public VerificationPolicy {
        Objects.requireNonNull(dueAfter);
        Objects.requireNonNull(staleAfter);
        if (dueAfter.isNegative() || dueAfter.isZero()) {
            throw new IllegalArgumentException("the verification interval must be positive");
        }
    }

    /** Reads {@code salwhub.verification.months} / {@code VERIFICATION_MONTHS}; stale comes half an interval later. */
    public static VerificationPolicy configured() {
        String months = System.getProperty("salwhub.verification.months", System.getenv("VERIFICATION_MONTHS"));
        if (months == null || months.isBlank()) {
            return DEFAULT;
        }
        int interval = Integer.parseInt(months.trim());
        return new VerificationPolicy(Period.ofMonths(interval), Period.ofMonths(interval + Math.max(1, interval / 2)));
    }

    public VerificationState stateOf(LocalDate lastVerified, LocalDate today) {
        if (lastVerified == null || !lastVerified.isAfter(staleCutoff(today))) {
            return VerificationState.STALE;
        }
        if (!lastVerified.isAfter(dueCutoff(today))) {
            return VerificationState.DUE;
        }
        return VerificationState.CURRENT;
    }

    /** Roles last verified on or before this date are due (or stale). */
    public LocalDate dueCutoff(LocalDate today) {
        return today.minus(dueAfter);
    }

    /** Roles last verified on or before this date are stale. */
    public LocalDate staleCutoff(LocalDate today) {
        return today.minus(staleAfter);
    }
}
