package org.salwhub.registry.api.directory;

import java.util.List;

/**
 * Imports persons and their roles from a CSV file (staff only). {@link #preview} checks every row and
 * says what an import would do, changing nothing; {@link #importRows} does it in one transaction, so
 * that either every change is made or none. A person is the same when their e-mail address (in any
 * case) and State match; their details change only where the file differs, and a role they already
 * hold is left alone, so importing the same file twice changes nothing the second time.
 *
 * <p>The file: UTF-8 (with or without a byte order mark), comma- or semicolon-separated, a header row
 * naming the columns (in any order and case) from {@link #COLUMNS}, of which {@link #REQUIRED_COLUMNS}
 * must be present; at most {@link #MAX_BYTES} bytes and {@link #MAX_ROWS} rows. A blank cell leaves an
 * existing person's value as it is. A file that cannot be read this way is refused with a
 * {@code ValidationException} on the field {@code file}.
 */
public interface DirectoryImportFacade {

    /** The columns a file may have, in the template's order. */
    List<String> COLUMNS = List.of("state", "honorific", "given_name", "family_name", "latin_name", "sex", "languages",
            "email", "phone", "agency", "position", "role", "valid_from");

    /** The columns every file must have: a person is matched on e-mail and State. */
    List<String> REQUIRED_COLUMNS = List.of("state", "family_name", "email");

    /** 5 MB. */
    int MAX_BYTES = 5 * 1024 * 1024;

    int MAX_ROWS = 10_000;

    /** What importing the file would do, row by row, with every row's errors. Changes nothing. */
    ImportPreview preview(byte[] csv);

    /**
     * Imports the file. When a row has errors nothing is imported ({@code ValidationException} with the code
     * {@code import.hasErrors}) unless {@code onlyValidRows}, in which case the rows with errors are left out.
     */
    ImportResult importRows(byte[] csv, boolean onlyValidRows);
}
