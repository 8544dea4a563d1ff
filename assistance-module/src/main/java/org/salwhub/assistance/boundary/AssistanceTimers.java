package org.salwhub.assistance.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.salwhub.assistance.api.AssistanceFacade;
import org.salwhub.registry.api.kernel.CallerContext;

/**
 * Every night, as the named system caller {@code timer:assistance-expiry} (audited as such): published needs whose
 * desired period ended unmatched, and offers past validity, expire.
 */
@Singleton
public class AssistanceTimers {

    static final String TASK = "timer:assistance-expiry";

    private static final Logger LOG = Logger.getLogger(AssistanceTimers.class.getName());

    @Inject
    AssistanceFacade assistance;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    @Schedule(hour = "1", minute = "15", persistent = false)
    void expire() {
        int expired = callers.runAsSystem(TASK, () -> assistance.expireOverdue(LocalDate.now(clock)));
        if (expired > 0) {
            LOG.info(() -> expired + " needs and offers expired");
        }
    }
}
