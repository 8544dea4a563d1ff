package org.salwhub.registry.api.kernel;

import java.util.function.Supplier;

/**
 * Tells a boundary who is calling. The web module implements it from the
 * authenticated principal; outside a request it answers {@link Caller#SYSTEM}
 * for trusted internal work or {@link Caller#ANONYMOUS}.
 */
public interface CallerContext {
    Caller current();

    /**
     * Runs trusted internal work (a timer, a start-up task) as {@link Caller#SYSTEM}, audited under the name
     * {@code task} (for instance {@code "timer:assistance-expiry"}). This is the one way scheduled work enters a
     * boundary: nothing runs as {@link Caller#ANONYMOUS}.
     */
    <T> T runAsSystem(String task, Supplier<T> work);

    /**
     * A context outside the server (module tests, tools): {@code current} tells the caller, and
     * {@link #runAsSystem(String, Supplier)} answers {@link Caller#SYSTEM} on this thread while the work runs.
     */
    static CallerContext of(Supplier<Caller> current) {
        ThreadLocal<Boolean> system = ThreadLocal.withInitial(() -> false);
        return new CallerContext() {
            @Override
            public Caller current() {
                return system.get() ? Caller.SYSTEM : current.get();
            }

            @Override
            public <T> T runAsSystem(String task, Supplier<T> work) {
                boolean previous = system.get();
                system.set(true);
                try {
                    return work.get();
                } finally {
                    system.set(previous);
                }
            }
        };
    }

    /** {@link #runAsSystem(String, Supplier)} for work without a result. */
    default void runAsSystem(String task, Runnable work) {
        runAsSystem(task, () -> {
            work.run();
            return null;
        });
    }
}
