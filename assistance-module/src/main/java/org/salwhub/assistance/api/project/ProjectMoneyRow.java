package org.salwhub.assistance.api.project;

import java.math.BigDecimal;

/**
 * One bar group of the projects dashboard, in US dollars: requested (the linked needs' estimates) versus pledged,
 * committed and disbursed; deliverables planned and delivered; overdue reports. {@code key} is a State ID, an
 * organisation ID, a theme code or a year.
 */
public record ProjectMoneyRow(String key, BigDecimal requested, BigDecimal pledged, BigDecimal committed,
                              BigDecimal disbursed, int planned, int delivered, int overdueReports) {

    public int deliveredPercent() {
        return planned == 0 ? 0 : Math.min(100, Math.round(delivered * 100f / planned));
    }
}
