package org.salwhub.fellowship.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import org.salwhub.fellowship.api.FellowshipFacade;
import org.salwhub.fellowship.control.ProgrammeCalendar;
import org.salwhub.registry.api.kernel.CallerContext;

/**
 * The fellowship programme's daily tasks, run through the boundary as the named system caller
 * {@code timer:fellowships} (audited as such): offers whose acceptance deadline passed lapse, and the next
 * waitlisted candidate is offered the seat; alumni follow-ups due within two weeks are announced to staff and the
 * fellow's focal points (once each).
 */
@Singleton
public class FellowshipTimers {

    static final String TASK = "timer:fellowships";

    private static final Logger LOG = Logger.getLogger(FellowshipTimers.class.getName());

    @Inject
    CallerContext callers;

    @Inject
    FellowshipFacade fellowships;

    @Inject
    Clock clock;

    @Schedule(hour = "1", minute = "15", persistent = false)
    void daily() {
        int lapsed = callers.runAsSystem(TASK,
                () -> fellowships.lapseOverdueOffers(ProgrammeCalendar.today(clock)));
        if (lapsed > 0) {
            LOG.info(() -> lapsed + " fellowship offer(s) lapsed; the waiting lists moved up.");
        }
        int due = callers.runAsSystem(TASK, () -> fellowships.remindDueFollowUps(ProgrammeCalendar.today(clock)));
        if (due > 0) {
            LOG.info(() -> due + " alumni follow-up(s) due: reminders sent.");
        }
    }
}
