package org.salwhub.fellowship.api;

import java.util.List;

/** The selection board of a call: eligible nominations ranked by score, and the cohort's balance. */
public record CallSelectionBoard(CallView call, List<NominationRanking> ranking, CohortBalance balance) {
    public CallSelectionBoard {
        ranking = List.copyOf(ranking);
    }
}
