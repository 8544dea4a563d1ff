package org.salwhub.assistance.api.project;

import java.util.UUID;

/** Filters of the project list; null means any. */
public record ProjectQuery(String text, UUID stateId, UUID donorId, String theme, ProjectStatus status, Integer year,
                           String sort, boolean ascending, int first, int max) {

    public static ProjectQuery all() {
        return new ProjectQuery(null, null, null, null, null, null, null, false, 0, 1000);
    }

    public static ProjectQuery ofState(UUID state) {
        return new ProjectQuery(null, state, null, null, null, null, null, false, 0, 1000);
    }
}
