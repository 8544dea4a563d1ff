package org.salwhub.assistance.control;

import java.time.LocalDate;
import java.util.Map;
import org.salwhub.assistance.api.project.ProjectQuery;
import org.salwhub.assistance.entity.CodeList;

/** The project list's filters and sort order as JPQL on {@code Project p} (visibility comes from {@link ProjectPolicy}). */
public final class ProjectSearch {

    private ProjectSearch() {
    }

    /** Adds the query's filters (State, donor, theme, status, year, text) to {@code where} and {@code params}. */
    public static void filter(ProjectQuery q, StringBuilder where, Map<String, Object> params) {
        if (q.stateId() != null) {
            where.append(" AND p.recipientStates LIKE :state");
            params.put("state", CodeList.pattern(q.stateId().toString()));
        }
        if (q.donorId() != null) {
            where.append(" AND p.funders LIKE :donor");
            params.put("donor", CodeList.pattern(q.donorId().toString()));
        }
        if (q.theme() != null && !q.theme().isBlank()) {
            where.append(" AND p.themes LIKE :theme");
            params.put("theme", CodeList.pattern(q.theme().trim()));
        }
        if (q.status() != null) {
            where.append(" AND p.status = :status");
            params.put("status", q.status());
        }
        if (q.year() != null) {
            where.append(" AND p.plannedStart <= :yearEnd AND (p.plannedEnd IS NULL OR p.plannedEnd >= :yearStart)");
            params.put("yearStart", LocalDate.of(q.year(), 1, 1));
            params.put("yearEnd", LocalDate.of(q.year(), 12, 31));
        }
        if (q.text() != null && !q.text().isBlank()) {
            where.append(" AND (LOWER(p.titleEn) LIKE :text OR LOWER(p.titleFr) LIKE :text"
                    + " OR p.titleAr LIKE :text OR LOWER(p.iatiIdentifier) LIKE :text)");
            params.put("text", "%" + q.text().trim().toLowerCase() + "%");
        }
    }

    /** The ORDER BY column and direction: newest start first unless the reader sorts. */
    public static String order(ProjectQuery q) {
        String column = switch (q.sort() == null ? "" : q.sort()) {
            case "title" -> "p.titleEn";
            case "status" -> "p.status";
            case "identifier" -> "p.iatiIdentifier";
            case "plannedEnd" -> "p.plannedEnd";
            default -> "p.plannedStart";
        };
        return column + (q.sort() == null ? " DESC" : q.ascending() ? " ASC" : " DESC");
    }
}
