package org.salwhub.assistance.api.project;

import java.time.LocalDate;
import java.util.UUID;

/** A milestone or report (new when {@code id} is null): due date, and the date it was reached or submitted. */
public record ProjectMilestoneInput(UUID id, ProjectMilestoneKind kind, String title, LocalDate dueOn, LocalDate doneOn,
                                    String note, long expectedVersion) {
}
