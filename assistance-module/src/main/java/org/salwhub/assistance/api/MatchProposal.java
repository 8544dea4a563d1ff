package org.salwhub.assistance.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * A match to propose. Without lines, the engine's suggestion applies: for every item both sides list, the lesser of
 * the need's remaining quantity and the offer's remaining capacity. {@code fundingAmount} (in the offer's
 * currency) is taken from the offer's budget when confirmed.
 */
public record MatchProposal(NeedId needId, OfferId offerId, List<MatchLine> lines, BigDecimal fundingAmount,
                            String note) {
    public MatchProposal {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
