package org.salwhub.assistance.api.project;

import java.util.List;

/**
 * One activity of a donor's IATI file in the import preview: its identifier and title, what it would become (its
 * recipient countries, transactions and budget lines to record), the existing project it duplicates (same
 * identifier) if any, or the problem that prevents importing it ({@code problem} an error code,
 * {@code problemArgs} what its text names); {@code notes} say what of the activity is left out or read
 * differently, and why.
 */
public record IatiImportRow(String iatiIdentifier, String title, String recipientCountries, int transactions,
                            int budgets, ProjectId duplicateOf, String duplicateTitle, String problem,
                            List<Object> problemArgs, List<IatiImportNote> notes) {

    public IatiImportRow {
        problemArgs = problemArgs == null ? List.of() : List.copyOf(problemArgs);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public boolean importable() {
        return duplicateOf == null && problem == null;
    }
}
