package org.salwhub.assistance.api.project;

import java.util.List;

/** The projects dashboard: rows by State, donor, thematic area and year, over the projects the caller may see. */
public record ProjectDashboard(List<ProjectMoneyRow> byState, List<ProjectMoneyRow> byDonor,
                               List<ProjectMoneyRow> byTheme, List<ProjectMoneyRow> byYear,
                               List<ProjectSummary> projects, List<ProjectOverdueItem> overdue) {
}
