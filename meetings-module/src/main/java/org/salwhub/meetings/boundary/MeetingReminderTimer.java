package org.salwhub.meetings.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.salwhub.meetings.control.Reminders;
import org.salwhub.registry.api.notify.Notifier;

/**
 * Every quarter of an hour, sends the reminders that have fallen due (before a meeting, and before its
 * registration, chair-nomination and documents deadlines), in one transaction. Each reminder is sent once, so an
 * overlap with a previous run or a restart changes nothing.
 */
@Singleton
public class MeetingReminderTimer {

    private static final Logger LOG = Logger.getLogger(MeetingReminderTimer.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Instance<Notifier> notifiers;

    @Schedule(hour = "*", minute = "*/15", persistent = false)
    void run() {
        if (!notifiers.isResolvable()) {
            return;
        }
        try {
            int sent = new Reminders(em, notifiers.get()).sendDue(Instant.now());
            if (sent > 0) {
                LOG.info(() -> sent + " meeting reminder(s) handed to the notification service");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "meeting reminders failed; the next run tries again", e);
        }
    }
}
