package org.salwhub.registry.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * When focal points are reminded of a national report deadline: 60, 30 and 7 days before it, and once the day after
 * it passed. Each window yields one reminder per State and cycle, whatever day inside it the timer first runs.
 */
public final class ReportReminderPlan {

    /** Days before the deadline that open a reminder window, widest first. */
    public static final List<Integer> WINDOWS = List.of(60, 30, 7);
    /** The window that opens the day after the deadline. */
    public static final int OVERDUE = -1;
    /** How long after the deadline the overdue reminder may still go out (a timer that was down catches up). */
    public static final int OVERDUE_DAYS = 14;

    private ReportReminderPlan() {
    }

    /** The window {@code today} falls in for a deadline, or empty when no reminder is due. */
    public static Optional<Integer> window(LocalDate deadline, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, deadline);
        if (daysLeft < 0) {
            return -daysLeft <= OVERDUE_DAYS ? Optional.of(OVERDUE) : Optional.empty();
        }
        Integer narrowest = null;
        for (int window : WINDOWS) {
            if (daysLeft <= window) {
                narrowest = window;
            }
        }
        return Optional.ofNullable(narrowest);
    }

    /** Makes a reminder unique per cycle, State and window, so repeats are ignored. */
    public static String dedupeKey(String cycleCode, String stateId, int window) {
        return "report-reminder:" + cycleCode + ":" + stateId + ":" + window;
    }
}
