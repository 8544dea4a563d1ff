package org.salwhub.fellowship.control;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The fellowship programme's days. Its deadlines are dates, and "today" is the date in the server's time zone, as it
 * was before the clock was injected; the instant comes from the injected clock, so tests fix it.
 */
public final class ProgrammeCalendar {

    private ProgrammeCalendar() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZoneId.systemDefault()));
    }
}
