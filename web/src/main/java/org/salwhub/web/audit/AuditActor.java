package org.salwhub.web.audit;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.function.Supplier;

/** Names whoever is making a change: the signed-in user, or a named system task. */
public final class AuditActor {

    private static final ThreadLocal<String> TASK = new ThreadLocal<>();

    private AuditActor() {
    }

    /** Runs internal work (demo data, start-up, timers) under a task name such as {@code system:demo}. */
    public static <T> T runAs(String task, Supplier<T> work) {
        String previous = TASK.get();
        TASK.set(task);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                TASK.remove();
            } else {
                TASK.set(previous);
            }
        }
    }

    public static String current() {
        String task = TASK.get();
        if (task != null) {
            return task;
        }
        try {
            Principal principal = CDI.current().select(SecurityContext.class).get().getCallerPrincipal();
            if (principal != null) {
                return principal.getName();
            }
        } catch (RuntimeException outsideContainerContext) {
            // no security context on this thread: a system task
        }
        return "system";
    }
}
