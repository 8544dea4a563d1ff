package org.salwhub.fellowship.api;

import java.util.List;

/** The cohort of a call: its sessions and fellows. */
public record CohortView(CallView call, List<CohortSessionView> sessions, List<CohortFellowView> fellows) {
    public CohortView {
        sessions = List.copyOf(sessions);
        fellows = List.copyOf(fellows);
    }
}
