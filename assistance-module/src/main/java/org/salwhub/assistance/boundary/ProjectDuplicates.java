package org.salwhub.assistance.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.Map;
import org.salwhub.assistance.api.project.ProjectStatus;
import org.salwhub.assistance.entity.CodeList;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.salwhub.assistance.api.project.ProjectId;
import org.salwhub.assistance.api.project.ProjectWarning;
import org.salwhub.assistance.entity.Project;

/**
 * Possible duplicate funding between two projects: the same recipient State with an overlapping theme and period,
 * or the same need funded by both.
 */
final class ProjectDuplicates {

    private ProjectDuplicates() {
    }

    /** The overlap warning's arguments: the other project's title and identifier, a shared State's ID, a theme code. */
    static List<ProjectWarning> between(Project a, Project b) {
        List<ProjectWarning> warnings = new ArrayList<>();
        ProjectId aId = ProjectId.of(a.id());
        ProjectId bId = ProjectId.of(b.id());
        Set<UUID> needs = new HashSet<>(a.needIds());
        needs.retainAll(b.needIds());
        if (!needs.isEmpty()) {
            warnings.add(new ProjectWarning("project.duplicate.need", aId, a.title().en(), bId, b.title().en(),
                    List.of(b.title().en(), b.iatiIdentifier())));
        }
        Set<UUID> states = new HashSet<>(a.recipientStates());
        states.retainAll(b.recipientStates());
        Set<String> themes = new HashSet<>(a.themes());
        themes.retainAll(b.themes());
        if (!states.isEmpty() && !themes.isEmpty() && overlap(a, b)) {
            String state = states.stream().map(UUID::toString).sorted().findFirst().orElse("");
            String theme = themes.stream().sorted().findFirst().orElse("");
            warnings.add(new ProjectWarning("project.duplicate.overlap", aId, a.title().en(), bId, b.title().en(),
                    List.of(b.title().en(), b.iatiIdentifier(), state, theme)));
        }
        return warnings;
    }

    /** The periods overlap; an open end runs on. */
    static boolean overlap(Project a, Project b) {
        LocalDate aStart = a.start();
        LocalDate bStart = b.start();
        LocalDate aEnd = a.end() == null ? LocalDate.MAX : a.end();
        LocalDate bEnd = b.end() == null ? LocalDate.MAX : b.end();
        if (aStart == null || bStart == null) {
            return true;
        }
        return !aStart.isAfter(bEnd) && !bStart.isAfter(aEnd);
    }

    /** The warnings about a project: other active projects of the same State, theme and period, or need. */
    static List<ProjectWarning> around(EntityManager em, Project project, Set<ProjectStatus> active) {
        if (!active.contains(project.status())) {
            return List.of();
        }
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        int n = 0;
        for (UUID state : project.recipientStates()) {
            where.append(where.isEmpty() ? "" : " OR ").append("p.recipientStates LIKE :s").append(n);
            params.put("s" + n++, CodeList.pattern(state.toString()));
        }
        for (UUID need : project.needIds()) {
            where.append(where.isEmpty() ? "" : " OR ").append("p.needIds LIKE :s").append(n);
            params.put("s" + n++, CodeList.pattern(need.toString()));
        }
        if (where.isEmpty()) {
            return List.of();
        }
        TypedQuery<Project> query = em.createQuery("SELECT p FROM Project p WHERE p.id <> :self"
                + " AND p.status IN :statuses AND (" + where + ")", Project.class);
        query.setParameter("self", project.id()).setParameter("statuses", active);
        params.forEach(query::setParameter);
        return query.getResultStream().flatMap(other -> ProjectDuplicates.between(project, other)
                .stream()).toList();
    }
}
