package org.salwhub.registry.api.directory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.salwhub.registry.api.kernel.FieldError;

/**
 * One data row of an import file and what importing it would do. {@code row} is its line in the file
 * (the header is line 1); {@code fields} holds the cells by column name, as written. {@code errors} name
 * their field after the column in camel case ({@code familyName} for {@code family_name}); see
 * {@link #column(String)}. {@code personId} is the matched person's, null for a new one;
 * {@code newAgency} the name of an agency the import creates for this row, or null.
 */
public record ImportRow(int row, Map<String, String> fields, Status status, RoleChange role, PersonId personId,
                        String newAgency, List<FieldError> errors) {

    /** What the row does to its person. */
    public enum Status {
        /** Creates a person. */
        NEW_PERSON,
        /** Changes an existing person's details or gives them a role. */
        UPDATE,
        /** Changes nothing. */
        UNCHANGED,
        /** Has errors: imports nothing. */
        ERROR
    }

    /** What the row does about the role it names. */
    public enum RoleChange { NEW, UNCHANGED, NONE }

    public ImportRow {
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** A cell, or "" when the file has no such column. */
    public String field(String column) {
        return fields.getOrDefault(column, "");
    }

    /** The file's column an error's field stands for: {@code familyName} → {@code family_name}. */
    public static String column(String field) {
        if (field == null) {
            return "";
        }
        String name = switch (field) {
            case "stateId" -> "state";
            case "agencyId" -> "agency";
            case "positionTitle" -> "position";
            default -> field;
        };
        return name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
