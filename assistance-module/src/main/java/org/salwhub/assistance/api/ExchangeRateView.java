package org.salwhub.assistance.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** How many units of {@code currency} one US dollar buys, as staff last recorded it. */
public record ExchangeRateView(String currency, BigDecimal unitsPerUsd, LocalDate asOf, long version) {
}
