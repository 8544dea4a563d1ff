package org.salwhub.web.security;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.salwhub.assistance.api.fellowship.FellowshipFacade;

/**
 * The fellowship programme's daily tasks, run as a named system caller (audited as such): offers whose acceptance
 * deadline passed lapse, and the next waitlisted candidate is offered the seat; alumni follow-ups due within two
 * weeks are announced to staff and the fellow's focal points (once each).
 */
@Singleton
public class FellowshipTimers {

    private static final Logger LOG = Logger.getLogger(FellowshipTimers.class.getName());

    @Inject
    FellowshipFacade fellowships;

    @Schedule(hour = "1", minute = "15", persistent = false)
    void daily() {
        int lapsed = SystemCalls.runAs("system:fellowships", () -> fellowships.lapseOverdueOffers(LocalDate.now()));
        if (lapsed > 0) {
            LOG.info(() -> lapsed + " fellowship offer(s) lapsed; the waiting lists moved up.");
        }
        int due = SystemCalls.runAs("system:fellowships", () -> fellowships.remindDueFollowUps(LocalDate.now()));
        if (due > 0) {
            LOG.info(() -> due + " alumni follow-up(s) due: reminders sent.");
        }
    }
}
