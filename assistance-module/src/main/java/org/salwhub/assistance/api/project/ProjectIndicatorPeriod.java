package org.salwhub.assistance.api.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One reporting period of an indicator: its target and, once measured, the actual value. */
public record ProjectIndicatorPeriod(LocalDate start, LocalDate end, BigDecimal target, BigDecimal actual) {
}
