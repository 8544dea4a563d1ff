package org.salwhub.web.security;

import java.util.function.Supplier;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.web.audit.AuditActor;

/** Runs trusted internal work (start-up, demo data, timers) as a named system caller, audited under that name. */
public final class SystemCalls {

    private static final ThreadLocal<Caller> CALLER = new ThreadLocal<>();

    private SystemCalls() {
    }

    public static <T> T runAs(String task, Supplier<T> work) {
        Caller previous = CALLER.get();
        CALLER.set(Caller.SYSTEM);
        try {
            return AuditActor.runAs(task, work);
        } finally {
            if (previous == null) {
                CALLER.remove();
            } else {
                CALLER.set(previous);
            }
        }
    }

    static Caller current() {
        return CALLER.get();
    }
}
