package org.salwhub.registry.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.salwhub.registry.api.kernel.LocalizedText;
import org.salwhub.registry.api.reporting.ReportingCycleId;
import org.salwhub.registry.api.reporting.ReportingCycleView;

/** Which cycle is current, and the days to its deadline. */
class ReportingCycleTest {

    static final int GRACE = 12;

    private static ReportingCycle cycle(int year) {
        return new ReportingCycle(ReportingCycleId.random(), String.valueOf(year), year,
                new LocalizedText("National reports " + year, null, null), LocalDate.of(year, 3, 31), "BMS");
    }

    static final List<ReportingCycle> CYCLES = List.of(cycle(2020), cycle(2022), cycle(2024), cycle(2026), cycle(2028));

    private static String current(LocalDate today) {
        return ReportingCycle.current(CYCLES, today, GRACE).map(ReportingCycle::code).orElse(null);
    }

    @Test
    void theCurrentCycleIsTheEarliestWhoseDeadlineIsNotMoreThanAYearPast() {
        assertEquals("2026", current(LocalDate.of(2025, 6, 1)), "before the deadline");
        assertEquals("2026", current(LocalDate.of(2026, 3, 31)), "on the deadline");
        assertEquals("2026", current(LocalDate.of(2026, 11, 23)), "late reports still count for it");
        assertEquals("2026", current(LocalDate.of(2027, 3, 31)), "a year after the deadline");
        assertEquals("2028", current(LocalDate.of(2027, 4, 1)), "then the next cycle");
        assertEquals("2020", current(LocalDate.of(2019, 1, 1)), "before any deadline: the first");
    }

    @Test
    void afterTheLastCycleTheLatestStaysCurrent() {
        assertEquals("2028", current(LocalDate.of(2035, 1, 1)));
        assertEquals(Optional.empty(), ReportingCycle.current(List.of(), LocalDate.of(2026, 1, 1), GRACE));
    }

    @Test
    void theOrderOfTheCyclesDoesNotMatter() {
        List<ReportingCycle> shuffled = List.of(CYCLES.get(3), CYCLES.get(0), CYCLES.get(4), CYCLES.get(2), CYCLES.get(1));
        assertEquals("2026", ReportingCycle.current(shuffled, LocalDate.of(2026, 11, 23), GRACE).orElseThrow().code());
    }

    @Test
    void daysLeftCountsDownToTheDeadlineAndBelowZeroAfterIt() {
        ReportingCycleView view = cycle(2026).view();
        assertEquals(31, view.daysLeft(LocalDate.of(2026, 2, 28)));
        assertEquals(0, view.daysLeft(LocalDate.of(2026, 3, 31)));
        assertEquals(-237, view.daysLeft(LocalDate.of(2026, 11, 23)));
        assertTrue(view.title().in(java.util.Locale.FRENCH).startsWith("National reports"), "French falls back to English");
    }
}
