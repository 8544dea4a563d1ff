package org.salwhub.registry.api.directory;

import java.time.Instant;
import org.salwhub.registry.api.StateView;

/**
 * A verification request: when and by whom it was sent, how many entries were due then, and how many of those are
 * still waiting ({@code stillOpen}; 0 means answered).
 */
public record VerificationRequestView(String id, StateView state, Instant requestedAt, String requestedBy,
                                      int entriesDue, int stillOpen, String note) {

    public boolean answered() {
        return stillOpen == 0;
    }
}
