package org.salwhub.web.rest;

import java.util.List;

/**
 * An RFC 9457 problem document. {@code errors} lists rejected fields (400);
 * {@code changes} lists who changed the record since the caller loaded it (409).
 */
public record Problem(String type, String title, int status, String detail, List<FieldProblem> errors,
                      List<ChangeProblem> changes) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, List.of(), List.of());
    }

    public record FieldProblem(String field, String code, String message) {
    }

    public record ChangeProblem(String actor, String at, String field, String from, String to) {
    }
}
