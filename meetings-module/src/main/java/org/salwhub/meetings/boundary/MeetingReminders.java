package org.salwhub.meetings.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.salwhub.meetings.control.Reminders;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.registry.api.notify.Notifier;

/**
 * The boundary the reminder timer enters: sends, in one transaction, the meeting reminders that have fallen due at
 * the injected clock's instant. Only the system may run it (never an anonymous or signed-in caller).
 */
@Stateless
public class MeetingReminders {

    @PersistenceContext
    EntityManager em;

    @Inject
    Instance<Notifier> notifiers;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    /** Returns how many reminders were handed to the notification service (0 when there is none). */
    public int sendDue() {
        callers.current().requireSystem();
        if (!notifiers.isResolvable()) {
            return 0;
        }
        return new Reminders(em, notifiers.get()).sendDue(clock.instant());
    }
}
