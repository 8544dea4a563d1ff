package org.salwhub.assistance.api.project;

import java.time.LocalDate;

/** A milestone or report past its due date and not done. */
public record ProjectOverdueItem(ProjectId projectId, String projectTitle, ProjectMilestoneKind kind, String title,
                                 LocalDate dueOn, long daysLate) {
}
