package org.salwhub.meetings.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.salwhub.registry.api.kernel.CallerContext;

/**
 * Every quarter of an hour, sends the reminders that have fallen due (before a meeting, and before its
 * registration, chair-nomination and documents deadlines) through the {@link MeetingReminders} boundary, as the
 * named system caller {@code timer:meeting-reminders}. Each reminder is sent once, so an overlap with a previous run
 * or a restart changes nothing.
 */
@Singleton
public class MeetingReminderTimer {

    static final String TASK = "timer:meeting-reminders";

    private static final Logger LOG = Logger.getLogger(MeetingReminderTimer.class.getName());

    @Inject
    MeetingReminders reminders;

    @Inject
    CallerContext callers;

    @Schedule(hour = "*", minute = "*/15", persistent = false)
    void run() {
        try {
            int sent = callers.runAsSystem(TASK, reminders::sendDue);
            if (sent > 0) {
                LOG.info(() -> sent + " meeting reminder(s) handed to the notification service");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "meeting reminders failed; the next run tries again", e);
        }
    }
}
