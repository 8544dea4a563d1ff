package org.salwhub.registry.api.reporting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.salwhub.registry.api.kernel.LocalizedText;

/**
 * One round of biennial national reports, timed to a Biennial Meeting of States or a Review Conference.
 * {@code code} is the year ("2026"); {@code meetingReference} names the meeting ("BMS9").
 */
public record ReportingCycleView(ReportingCycleId id, String code, int year, LocalizedText title, LocalDate deadline,
                                 String meetingReference, long version) {

    /** Days from {@code today} to the deadline: 0 on the day itself, negative once it has passed. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, deadline);
    }
}
