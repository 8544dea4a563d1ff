package org.salwhub.registry.api.kernel;

/**
 * Tells a boundary who is calling. The web module implements it from the
 * authenticated principal; outside a request it answers {@link Caller#SYSTEM}
 * for trusted internal work or {@link Caller#ANONYMOUS}.
 */
public interface CallerContext {
    Caller current();
}
