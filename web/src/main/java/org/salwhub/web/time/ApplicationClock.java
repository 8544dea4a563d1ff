package org.salwhub.web.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * Produces the {@link Clock} that boundaries, controls and timers inject instead of calling {@code now()}: the system
 * clock in UTC. Tests below the server pass a fixed clock to the class they test instead
 * ({@code Clock.fixed(...)}), so that deadlines, reminders and expiries can be checked on any day.
 */
@ApplicationScoped
public class ApplicationClock {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
