package org.salwhub.assistance.api.project;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A project's money in one currency (US dollars), converted through the staff exchange-rate table: the latest
 * budget (revised where there is one, else original), pledged, and committed, disbursed and spent — which never
 * include pledges. {@code rates} names every rate used; {@code missingRates} the currencies left out for lack of one.
 */
public record ProjectTotals(String currency, BigDecimal budget, BigDecimal pledged, BigDecimal committed,
                            BigDecimal disbursed, BigDecimal expended, List<ProjectRateUsed> rates,
                            Set<String> missingRates) {

    /** Disbursed as a share of committed, 0–100, or null with nothing committed. */
    public Integer disbursedPercent() {
        return committed.signum() == 0 ? null
                : disbursed.multiply(BigDecimal.valueOf(100)).divide(committed, 0, java.math.RoundingMode.HALF_UP)
                .intValue();
    }
}
