package org.salwhub.fellowship.api;

import java.util.Map;
import java.util.UUID;

/** A reviewer's scores (criterion ID to 0..5, one for every criterion) and comment. */
public record ReviewScoreSheet(Map<UUID, Integer> scores, String comment) {
    public ReviewScoreSheet {
        scores = scores == null ? Map.of() : Map.copyOf(scores);
    }
}
