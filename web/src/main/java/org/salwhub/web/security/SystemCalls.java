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
        return runAs(task, Caller.SYSTEM, work);
    }

    /** Runs internal work on behalf of a given caller, with that caller's scope (e.g. a scheduled task for a user). */
    public static <T> T runAs(String task, Caller caller, Supplier<T> work) {
        Caller previous = CALLER.get();
        CALLER.set(caller);
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
