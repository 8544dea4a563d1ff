package org.salwhub.assistance.api.project;

import java.time.LocalDate;
import java.util.UUID;

/** A milestone or report; overdue when its due date passed and it is not done. */
public record ProjectMilestoneView(UUID id, ProjectMilestoneKind kind, String title, LocalDate dueOn, LocalDate doneOn,
                                   String note, boolean overdue, long version) {
}
