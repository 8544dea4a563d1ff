package org.salwhub.assistance.api.project;

import java.util.List;
import java.util.Set;

/**
 * The projects dashboard: rows by State, donor, thematic area and year, over the projects the caller may see. Its
 * US dollar sums name the staff exchange rates they used ({@code rates}) and the currencies they left out for lack
 * of a rate ({@code missingRates}, over all rows; each row names its own).
 */
public record ProjectDashboard(List<ProjectMoneyRow> byState, List<ProjectMoneyRow> byDonor,
                               List<ProjectMoneyRow> byTheme, List<ProjectMoneyRow> byYear,
                               List<ProjectSummary> projects, List<ProjectOverdueItem> overdue,
                               List<ProjectRateUsed> rates, Set<String> missingRates) {
}
