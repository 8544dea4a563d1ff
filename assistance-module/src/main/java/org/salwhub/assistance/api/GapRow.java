package org.salwhub.assistance.api;

import java.math.BigDecimal;

/**
 * One bar group of the gap dashboard: for a thematic area or a State, the quantity requested by needs, offered by
 * offers and committed by confirmed matches, and the same in US dollars.
 */
public record GapRow(String key, long requested, long offered, long committed, BigDecimal requestedUsd,
                     BigDecimal offeredUsd, BigDecimal committedUsd) {
}
