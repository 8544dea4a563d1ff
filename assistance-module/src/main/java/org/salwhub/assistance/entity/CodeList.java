package org.salwhub.assistance.entity;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A set of codes kept in one column as {@code |A|B|}, sorted, so that "has code X" is {@code LIKE '%|X|%'} and the
 * audit trail shows the whole set before and after a change.
 */
public final class CodeList {

    private CodeList() {
    }

    public static String join(Collection<?> codes) {
        if (codes == null || codes.isEmpty()) {
            return "";
        }
        return codes.stream().map(String::valueOf).map(String::trim).filter(s -> !s.isEmpty()).sorted().distinct()
                .collect(Collectors.joining("|", "|", "|"));
    }

    public static Set<String> split(String column) {
        if (column == null || column.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(column.split("\\|")).filter(s -> !s.isBlank())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The LIKE pattern that finds rows holding {@code code}. */
    public static String pattern(String code) {
        return "%|" + code.replace("%", "").replace("_", "\\_").replace("|", "") + "|%";
    }
}
