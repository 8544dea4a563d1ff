package org.salwhub.fellowship.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One application to score, as its reviewer sees it. {@code scores} maps criterion IDs to 0..5;
 * {@code weightedScore} is their weighted mean once submitted.
 */
public record ReviewAssignmentView(UUID id, NominationId nominationId, CallId callId, String callTitle,
                                   String reviewer, String nomineeName, UUID stateId,
                                   NominationApplication application, Map<UUID, Integer> scores, String comment,
                                   Instant submittedAt, Double weightedScore, long version) {
    public ReviewAssignmentView {
        scores = scores == null ? Map.of() : Map.copyOf(scores);
    }

    public boolean submitted() {
        return submittedAt != null;
    }
}
