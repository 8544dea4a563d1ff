package org.salwhub.assistance.api.project;

import java.math.BigDecimal;

/** A budget for one year in one currency, original or revised. */
public record ProjectBudgetLine(ProjectBudgetKind kind, int year, BigDecimal amount, String currency) {
}
