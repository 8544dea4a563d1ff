package org.salwhub.assistance.control;

import java.util.List;
import org.salwhub.assistance.api.project.ProjectBudgetLine;
import org.salwhub.assistance.api.project.ProjectDeliverableInput;
import org.salwhub.assistance.api.project.ProjectDraft;
import org.salwhub.assistance.api.project.ProjectIndicatorInput;
import org.salwhub.assistance.api.project.ProjectStatus;
import org.salwhub.assistance.api.project.ProjectTransactionInput;

/**
 * One activity read from an IATI file, as SALW Hub would record it; {@code problems} names what prevents importing
 * it (e.g. a recipient country not in the registry).
 */
public record IatiActivity(ProjectDraft draft, ProjectStatus status, List<ProjectBudgetLine> budgets,
                           List<ProjectTransactionInput> transactions, List<ProjectIndicatorInput> indicators,
                           List<ProjectDeliverableInput> deliverables, String recipientCountries,
                           List<String> problems) {
}
