package org.salwhub.web.notify;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.salwhub.registry.api.kernel.CallerContext;

/**
 * Runs the e-mail outbox every {@code MAIL_INTERVAL_SECONDS} as the system ({@code timer:mail-outbox}), through
 * {@link MailDispatcher}. An interval timer rather than a {@code @Schedule}, because the interval is a setting; one
 * run at a time, as a singleton's timeouts are.
 */
@Startup
@Singleton
@DependsOn("ReadyBanner")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailOutboxTimer {

    private static final Logger LOG = Logger.getLogger(MailOutboxTimer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    MailSettings settings;

    @Inject
    MailDispatcher dispatcher;

    @Inject
    CallerContext callers;

    @PostConstruct
    void schedule() {
        long every = settings.interval().toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("mail-outbox", false));
        LOG.info(() -> "e-mail outbox: " + settings.host().map(h -> "sending through " + h + ":" + settings.port())
                .orElse("SMTP_HOST is not set; messages wait in the outbox"));
    }

    @Timeout
    void run() {
        callers.runAsSystem("timer:mail-outbox", dispatcher::dispatch);
    }
}
