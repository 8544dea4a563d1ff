package org.salwhub.registry.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.salwhub.registry.api.kernel.CallerContext;

/** Every morning at 06:15: the national-report reminders of the day, sent as the system through their boundary. */
@Singleton
public class ReportReminderTimer {

    private static final Logger LOG = Logger.getLogger(ReportReminderTimer.class.getName());

    @Inject
    ReportReminderService reminders;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    @Schedule(hour = "6", minute = "15", persistent = false, info = "national report reminders")
    void daily() {
        int sent = callers.runAsSystem("timer:report-reminders", () -> reminders.remind(LocalDate.now(clock)));
        if (sent > 0) {
            LOG.info(() -> "national report reminders: " + sent + " States reminded");
        }
    }
}
