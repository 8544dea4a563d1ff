package org.salwhub.registry.api.kernel;

import java.util.List;

/**
 * One rejected input field. {@code code} is a message key (resolved in the
 * caller's language by the web layer, under {@code error.<code>}); {@code args}
 * fill its placeholders.
 */
public record FieldError(String field, String code, List<String> args) {
    public FieldError {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static FieldError of(String field, String code, Object... args) {
        return new FieldError(field, code, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
