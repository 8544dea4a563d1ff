package org.salwhub.assistance.api.project;

import java.math.BigDecimal;
import java.util.Set;

/**
 * One bar group of the projects dashboard, in US dollars: requested (the linked needs' estimates) versus pledged,
 * committed and disbursed; deliverables planned and delivered; overdue reports. {@code key} is a State ID, an
 * organisation ID, a theme code or a year. Amounts in a currency without an exchange rate are left out of the sums,
 * and {@code missingRates} names those currencies (empty when nothing was left out).
 */
public record ProjectMoneyRow(String key, BigDecimal requested, BigDecimal pledged, BigDecimal committed,
                              BigDecimal disbursed, int planned, int delivered, int overdueReports,
                              Set<String> missingRates) {

    public int deliveredPercent() {
        return planned == 0 ? 0 : Math.min(100, Math.round(delivered * 100f / planned));
    }
}
