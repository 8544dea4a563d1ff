package org.salwhub.fellowship.api;

import java.math.BigDecimal;
import java.util.UUID;

/** Spending on a call's fellows by donor and currency, by status. {@code donorId} null: no donor recorded. */
public record FellowshipSpending(UUID donorId, String currency, BigDecimal planned, BigDecimal approved,
                                 BigDecimal paid) {
    public BigDecimal total() {
        return planned.add(approved).add(paid);
    }
}
