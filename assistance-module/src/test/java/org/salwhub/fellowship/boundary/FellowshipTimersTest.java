package org.salwhub.fellowship.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.salwhub.fellowship.api.FellowshipFacade;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.CallerContext;

/** The daily jobs enter the boundary as the system, for the day the clock says, never as nobody. */
class FellowshipTimersTest {

    @Test
    void theDailyJobsRunAsTheSystemForTodayByTheClock() {
        Instant noon = Instant.parse("2027-05-04T12:00:00Z");
        CallerContext callers = CallerContext.of(() -> Caller.ANONYMOUS);
        List<String> calls = new ArrayList<>();
        FellowshipTimers timers = new FellowshipTimers();
        timers.callers = callers;
        timers.clock = Clock.fixed(noon, ZoneOffset.UTC);
        timers.fellowships = (FellowshipFacade) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {FellowshipFacade.class}, (proxy, method, args) -> {
                    calls.add(method.getName() + " " + args[0] + " as " + callers.current().username());
                    return 0;
                });
        timers.daily();
        LocalDate today = noon.atZone(ZoneId.systemDefault()).toLocalDate();
        assertEquals(List.of("lapseOverdueOffers " + today + " as system", "remindDueFollowUps " + today + " as system"),
                calls);
        assertEquals(Caller.ANONYMOUS, callers.current(), "outside the jobs, the caller is who it was");
    }
}
