package org.salwhub.assistance.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * One bar group of the gap dashboard: for a thematic area or a State, the quantity requested by needs, offered by
 * offers and committed by confirmed matches, and the same in US dollars. {@code missingRates} names the currencies
 * whose amounts the dollar sums leave out because the exchange-rate table has no rate for them (sorted).
 */
public record GapRow(String key, long requested, long offered, long committed, BigDecimal requestedUsd,
                     BigDecimal offeredUsd, BigDecimal committedUsd, List<String> missingRates) {
    public GapRow {
        missingRates = missingRates == null ? List.of() : List.copyOf(missingRates);
    }
}
