package org.salwhub.assistance.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.salwhub.assistance.api.AssistanceFacade;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.registry.api.kernel.Role;

/** The nightly expiry enters the boundary as the named system caller, for the clock's day; nobody else may run it. */
class AssistanceTimersTest {

    @Test
    void theNightlyExpiryRunsAsTheSystemForTheClocksDay() {
        CallerContext callers = CallerContext.of(() -> Caller.ANONYMOUS);
        List<String> calls = new ArrayList<>();
        AssistanceTimers timers = new AssistanceTimers();
        timers.callers = callers;
        timers.clock = Clock.fixed(Instant.parse("2027-02-28T23:30:00Z"), ZoneOffset.UTC);
        timers.assistance = (AssistanceFacade) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {AssistanceFacade.class}, (proxy, method, args) -> {
                    calls.add(method.getName() + " " + args[0] + " as " + callers.current().username());
                    return 0;
                });
        timers.expire();
        assertEquals(List.of("expireOverdue 2027-02-28 as system"), calls);
        assertEquals(Caller.ANONYMOUS, callers.current(), "after the job, the caller is who it was");
    }

    @Test
    void theExpiryRefusesAnonymousCallersAndSignedInStaff() {
        for (Caller caller : List.of(Caller.ANONYMOUS, new Caller("staff", Set.of(Role.CENTRE_STAFF), null, null),
                new Caller("admin", Set.of(Role.ADMIN), null, null))) {
            Expiry expiry = new Expiry();
            expiry.callers = CallerContext.of(() -> caller);
            assertThrows(AccessDeniedException.class, () -> expiry.expireOverdue(LocalDate.of(2027, 3, 1)),
                    String.valueOf(caller.username()));
        }
    }
}
