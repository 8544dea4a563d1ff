package org.salwhub.fellowship.api;

import java.util.List;
import java.util.Map;

/**
 * What an automatic assignment did: how many assignments it made, the load of each reviewer after it, and the
 * nominations that could not get their full number of reviewers without a conflict of interest.
 */
public record ReviewAssignmentResult(int assigned, Map<String, Integer> loadByReviewer,
                                     List<NominationId> shortOfReviewers) {
    public ReviewAssignmentResult {
        loadByReviewer = Map.copyOf(loadByReviewer);
        shortOfReviewers = List.copyOf(shortOfReviewers);
    }
}
