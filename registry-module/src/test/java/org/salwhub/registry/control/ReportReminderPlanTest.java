package org.salwhub.registry.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportReminderPlanTest {

    private static final LocalDate DEADLINE = LocalDate.of(2028, 3, 31);

    @Test
    void noReminderLongBeforeTheDeadline() {
        assertEquals(Optional.empty(), ReportReminderPlan.window(DEADLINE, DEADLINE.minusDays(61)));
        assertEquals(Optional.empty(), ReportReminderPlan.window(DEADLINE, DEADLINE.minusYears(1)));
    }

    @Test
    void eachWindowStartsOnItsDayAndLastsUntilTheNextOne() {
        assertEquals(Optional.of(60), ReportReminderPlan.window(DEADLINE, DEADLINE.minusDays(60)));
        assertEquals(Optional.of(60), ReportReminderPlan.window(DEADLINE, DEADLINE.minusDays(31)));
        assertEquals(Optional.of(30), ReportReminderPlan.window(DEADLINE, DEADLINE.minusDays(30)));
        assertEquals(Optional.of(30), ReportReminderPlan.window(DEADLINE, DEADLINE.minusDays(8)));
        assertEquals(Optional.of(7), ReportReminderPlan.window(DEADLINE, DEADLINE.minusDays(7)));
        assertEquals(Optional.of(7), ReportReminderPlan.window(DEADLINE, DEADLINE), "the deadline day itself");
    }

    @Test
    void onceOverdueForTwoWeeksThenSilence() {
        assertEquals(Optional.of(ReportReminderPlan.OVERDUE), ReportReminderPlan.window(DEADLINE, DEADLINE.plusDays(1)));
        assertEquals(Optional.of(ReportReminderPlan.OVERDUE), ReportReminderPlan.window(DEADLINE, DEADLINE.plusDays(14)));
        assertEquals(Optional.empty(), ReportReminderPlan.window(DEADLINE, DEADLINE.plusDays(15)));
    }

    @Test
    void theKeyDiffersPerWindowStateAndCycle() {
        String key = ReportReminderPlan.dedupeKey("2028", "s1", 30);
        assertEquals(key, ReportReminderPlan.dedupeKey("2028", "s1", 30));
        assertNotEquals(key, ReportReminderPlan.dedupeKey("2028", "s1", 7));
        assertNotEquals(key, ReportReminderPlan.dedupeKey("2028", "s2", 30));
        assertNotEquals(key, ReportReminderPlan.dedupeKey("2030", "s1", 30));
    }
}
