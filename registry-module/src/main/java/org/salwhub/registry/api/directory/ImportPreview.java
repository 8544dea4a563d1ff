package org.salwhub.registry.api.directory;

import java.util.List;

/**
 * What importing a file would do: every row with its status and errors, and the totals. Persons and
 * roles are counted once each; {@code newAgencies} lists the agencies the import would create, each with
 * its State's ISO code: {@code "Customs Authority (KE)"}.
 */
public record ImportPreview(List<ImportRow> rows, int validRows, int invalidRows, int newPersons,
                            int updatedPersons, int newRoles, int unchangedRoles, int unchangedRows,
                            List<String> newAgencies) {
    public ImportPreview {
        rows = rows == null ? List.of() : List.copyOf(rows);
        newAgencies = newAgencies == null ? List.of() : List.copyOf(newAgencies);
    }

    public boolean hasErrors() {
        return invalidRows > 0;
    }
}
