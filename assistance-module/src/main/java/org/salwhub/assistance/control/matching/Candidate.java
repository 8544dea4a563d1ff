package org.salwhub.assistance.control.matching;

import java.util.List;
import java.util.UUID;

/**
 * A need and an offer that pass the hard constraints, with their total score and its explanation.
 *
 * @param total   0..100, the weighted sum of the component scores
 * @param reasons one or more reasons per component with a non-zero weight, in the order theme,
 *                assistanceType, lines, budget, period, language, developing, waiting
 */
public record Candidate(UUID needId, UUID offerId, double total, List<Reason> reasons) {

    public Candidate {
        reasons = List.copyOf(reasons);
    }
}
