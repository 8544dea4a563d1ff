package org.salwhub.assistance.api.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The staff exchange rate a total used: units of {@code currency} per US dollar, as of a date. */
public record ProjectRateUsed(String currency, BigDecimal unitsPerUsd, LocalDate asOf) {
}
