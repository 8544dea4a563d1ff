package org.salwhub.meetings.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.registry.api.kernel.Role;

/** Meeting reminders are sent through their boundary as the named system caller, and by nobody else. */
class MeetingReminderTimerTest {

    @Test
    void theTimerEntersTheBoundaryAsTheSystem() {
        CallerContext context = CallerContext.of(() -> Caller.ANONYMOUS);
        List<String> calls = new ArrayList<>();
        MeetingReminderTimer timer = new MeetingReminderTimer();
        timer.callers = context;
        timer.reminders = new MeetingReminders() {
            @Override
            public int sendDue() {
                calls.add("sendDue as " + context.current().username());
                return 2;
            }
        };
        timer.run();
        assertEquals(List.of("sendDue as system"), calls);
        assertEquals(Caller.ANONYMOUS, context.current());
    }

    @Test
    void theBoundaryRefusesAnyoneButTheSystem() {
        for (Caller caller : List.of(Caller.ANONYMOUS, new Caller("staff", Set.of(Role.CENTRE_STAFF), null, null))) {
            MeetingReminders reminders = new MeetingReminders();
            reminders.callers = CallerContext.of(() -> caller);
            assertThrows(AccessDeniedException.class, reminders::sendDue);
        }
    }
}
