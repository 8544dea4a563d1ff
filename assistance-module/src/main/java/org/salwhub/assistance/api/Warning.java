package org.salwhub.assistance.api;

import java.util.List;

/**
 * Something staff and the parties should look at, though it does not stop the change: a possible duplicate
 * funding. {@code code} is a message key under {@code warning.}; {@code args} fill its placeholders;
 * {@code relatedId} names the need or match it refers to.
 */
public record Warning(String code, List<String> args, String relatedId) {
    public Warning {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Warning of(String code, String relatedId, Object... args) {
        return new Warning(code, java.util.Arrays.stream(args).map(String::valueOf).toList(), relatedId);
    }
}
