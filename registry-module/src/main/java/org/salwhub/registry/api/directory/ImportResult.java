package org.salwhub.registry.api.directory;

/** What an import did. {@code skippedRows} had errors and were left out; {@code unchangedRows} changed nothing. */
public record ImportResult(int createdPersons, int updatedPersons, int createdRoles, int createdAgencies,
                           int unchangedRows, int skippedRows) {
}
