package org.salwhub.assistance.control.matching;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Defensive copies shared by the profile records: {@code null} collections become empty ones. */
final class Profiles {

    private Profiles() {
    }

    static <T> Set<T> set(Collection<T> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    /** Language codes compare in lower case ({@code AR} and {@code ar} are the same language). */
    static Set<String> languages(Collection<String> codes) {
        return codes == null ? Set.of()
                : codes.stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
