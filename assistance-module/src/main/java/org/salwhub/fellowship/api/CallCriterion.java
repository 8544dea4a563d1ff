package org.salwhub.fellowship.api;

import java.util.UUID;

/** One criterion of a call's review rubric; reviewers score it 0 to 5, and it counts with its weight. */
public record CallCriterion(UUID id, String label, int weight) {
}
