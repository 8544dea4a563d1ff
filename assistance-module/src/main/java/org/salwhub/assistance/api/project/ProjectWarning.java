package org.salwhub.assistance.api.project;

import java.util.List;

/**
 * A possible duplicate funding: {@code code} is {@code project.duplicate.overlap} (same State, overlapping theme
 * and period: args are the other project's title and identifier, a shared State's ID and a theme code) or
 * {@code project.duplicate.need} (the same need funded twice: the other's title and identifier).
 */
public record ProjectWarning(String code, ProjectId projectId, String projectTitle, ProjectId otherId,
                             String otherTitle, List<String> args) {
    public ProjectWarning {
        args = args == null ? List.of() : List.copyOf(args);
    }
}
