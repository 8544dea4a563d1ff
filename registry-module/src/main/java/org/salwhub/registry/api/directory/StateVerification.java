package org.salwhub.registry.api.directory;

import org.salwhub.registry.api.StateView;

/** How many of a State's current entries are due, and how many of those stale, for verification. */
public record StateVerification(StateView state, int due, int stale) {
}
