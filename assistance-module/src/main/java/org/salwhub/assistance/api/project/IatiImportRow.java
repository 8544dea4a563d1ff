package org.salwhub.assistance.api.project;

/**
 * One activity of a donor's IATI file in the import preview: its identifier and title, what it would become, and
 * the existing project it duplicates (same identifier) if any, or the problem that prevents importing it.
 */
public record IatiImportRow(String iatiIdentifier, String title, String recipientCountries, int transactions,
                            ProjectId duplicateOf, String duplicateTitle, String problem) {

    public boolean importable() {
        return duplicateOf == null && problem == null;
    }
}
