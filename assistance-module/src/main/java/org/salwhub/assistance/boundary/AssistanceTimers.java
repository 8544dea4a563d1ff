package org.salwhub.assistance.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.salwhub.assistance.api.AssistanceFacade;
import java.util.logging.Logger;

/** Every night: published needs whose desired period ended unmatched, and offers past validity, expire. */
@Singleton
public class AssistanceTimers {

    private static final Logger LOG = Logger.getLogger(AssistanceTimers.class.getName());

    @Inject
    AssistanceFacade assistance;

    @Schedule(hour = "1", minute = "15", persistent = false)
    void expire() {
        int expired = assistance.expireOverdue();
        if (expired > 0) {
            LOG.info(() -> expired + " needs and offers expired");
        }
    }
}
