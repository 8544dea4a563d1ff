package org.salwhub.assistance.control;

import java.util.List;
import org.salwhub.assistance.api.project.IatiImportNote;
import org.salwhub.assistance.api.project.ProjectBudgetLine;
import org.salwhub.assistance.api.project.ProjectDeliverableInput;
import org.salwhub.assistance.api.project.ProjectDraft;
import org.salwhub.assistance.api.project.ProjectIndicatorInput;
import org.salwhub.assistance.api.project.ProjectStatus;
import org.salwhub.assistance.api.project.ProjectTransactionInput;

/**
 * One activity read from an IATI file, as SALW Hub would record it: only parts that pass SALW Hub's own checks;
 * {@code status} the status the project reaches on import. {@code problems} name what prevents importing it at all
 * (e.g. no recipient country in the registry); {@code notes} what of it is left out or read differently, and why.
 */
public record IatiActivity(ProjectDraft draft, ProjectStatus status, List<ProjectBudgetLine> budgets,
                           List<ProjectTransactionInput> transactions, List<ProjectIndicatorInput> indicators,
                           List<ProjectDeliverableInput> deliverables, String recipientCountries,
                           List<Problem> problems, List<IatiImportNote> notes) {

    /** The same activity with one more problem, named first. */
    IatiActivity refused(Problem problem) {
        List<Problem> all = new java.util.ArrayList<>();
        all.add(problem);
        all.addAll(problems);
        return new IatiActivity(draft, status, budgets, transactions, indicators, deliverables, recipientCountries,
                all, notes);
    }

    /** Why an activity cannot be imported: an error code (an {@code error.} text) and what the text names. */
    public record Problem(String code, List<Object> args) {
        public Problem {
            args = args == null ? List.of() : args.stream().map(a -> a == null ? (Object) "" : a).toList();
        }

        static Problem of(String code, Object... args) {
            return new Problem(code, java.util.Arrays.asList(args));
        }
    }
}
