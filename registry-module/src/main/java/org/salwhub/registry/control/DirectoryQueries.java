package org.salwhub.registry.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.salwhub.registry.api.directory.ContactQuery;
import org.salwhub.registry.api.directory.RoleType;
import org.salwhub.registry.api.directory.VerificationPolicy;
import org.salwhub.registry.entity.ContactRole;
import org.salwhub.registry.entity.Person;

/**
 * Builds the directory search as at most two statements whatever the page size: one page of (role, person) rows
 * and, when the page alone does not tell, one count, both filtered and sorted in the database.
 *
 * <p>A role never belongs to a merged person (a merge moves the duplicate's roles to the person kept, and no role
 * is given to a merged person), so the count reads the roles alone unless a filter is on the person (agency,
 * language or e-mail address).
 */
public final class DirectoryQueries {

    private static final Map<String, String> SORT = Map.of(
            "personName", "p.familyName",
            "roleType", "r.roleType",
            "validFrom", "r.validFrom",
            "lastVerified", "r.lastVerified",
            "stateId", "r.stateId");
    private static final Set<String> LANGUAGE_CODES = Set.of(Locale.getISOLanguages());

    private DirectoryQueries() {
    }

    public static long count(EntityManager em, ContactQuery query, VerificationPolicy policy, LocalDate today) {
        Map<String, Object> parameters = new HashMap<>();
        boolean persons = filtersPersons(query);
        String where = where(query, policy, today, parameters, persons);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(r.id) FROM " + (persons ? "Person p, " : "")
                + "ContactRole r" + where, Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    public static List<Object[]> page(EntityManager em, ContactQuery query, VerificationPolicy policy, LocalDate today) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(query, policy, today, parameters, true);
        String sort = SORT.getOrDefault(query.sortField() == null ? "personName" : query.sortField(), "p.familyName");
        String direction = query.ascending() ? " ASC" : " DESC";
        TypedQuery<Object[]> page = em.createQuery("SELECT r, p FROM Person p, ContactRole r" + where
                + " ORDER BY " + sort + direction + ", p.givenName, r.id", Object[].class);
        parameters.forEach(page::setParameter);
        return page.setFirstResult(Math.max(0, query.first())).setMaxResults(pageSize(query)).getResultList();
    }

    /**
     * The total number of matches, given the page read for them: the page tells it when it is the last one (fewer
     * rows than asked for, and not empty unless it is the first); otherwise a count statement does.
     */
    public static long total(EntityManager em, ContactQuery query, VerificationPolicy policy, LocalDate today,
                             int rowsOnPage) {
        int first = Math.max(0, query.first());
        if (rowsOnPage < pageSize(query) && (rowsOnPage > 0 || first == 0)) {
            return (long) first + rowsOnPage;
        }
        return count(em, query, policy, today);
    }

    private static int pageSize(ContactQuery query) {
        return Math.min(Math.max(1, query.size()), 500);
    }

    /** Whether a filter reads the person's own columns, so that the count must join the persons. */
    private static boolean filtersPersons(ContactQuery q) {
        return isEmailSearch(q) || q.agencyId() != null
                || (q.language() != null && LANGUAGE_CODES.contains(q.language()));
    }

    private static String where(ContactQuery q, VerificationPolicy policy, LocalDate today, Map<String, Object> params,
                                boolean persons) {
        List<String> where = new ArrayList<>();
        if (persons) {
            where.add("r.personId = p.id");
            where.add("p.mergedInto IS NULL");
        }
        if (!q.includeEnded()) {
            where.add("r.validTo IS NULL");
        }
        if (isEmailSearch(q)) {
            where.add("p.emailLower LIKE :email");
            params.put("email", escape(q.text().trim().toLowerCase(Locale.ROOT)) + "%");
        } else if (q.text() != null && !q.text().isBlank()) {
            // every word typed starts a word of the names or the e-mail address (both are tokens). Each word is an
            // uncorrelated IN over the token index: the database looks the persons up by their key from the index
            // range, and no join multiplies the rows (so no DISTINCT, which made name searches sort everything).
            List<String> words = nameWords(q);
            if (words.isEmpty()) {
                where.add("1 = 0");
            }
            for (int i = 0; i < words.size(); i++) {
                // on the role's person key: the database reads the few matching roles through their person
                // index instead of scanning every role of the type asked for
                where.add("r.personId IN (SELECT t" + i + ".personId FROM PersonToken t" + i + " WHERE t" + i
                        + ".token LIKE :word" + i + ")");
                params.put("word" + i, escape(words.get(i)) + "%");
            }
        }
        if (q.stateId() != null) {
            where.add("r.stateId = :state");
            params.put("state", q.stateId().toString());
        }
        if (q.roleType() != null) {
            where.add("r.roleType = :roleType");
            params.put("roleType", q.roleType());
        }
        if (q.agencyId() != null) {
            where.add("p.agencyId = :agency");
            params.put("agency", q.agencyId().toString());
        }
        if (q.language() != null && LANGUAGE_CODES.contains(q.language())) {
            where.add("p.languages LIKE :language");
            params.put("language", "%" + q.language() + "%");
        }
        if (q.verification() != null) {
            LocalDate due = policy.dueCutoff(today);
            LocalDate stale = policy.staleCutoff(today);
            switch (q.verification()) {
                case CURRENT -> {
                    where.add("r.lastVerified > :due");
                    params.put("due", due);
                }
                case DUE -> {
                    where.add("r.lastVerified <= :due AND r.lastVerified > :stale");
                    params.put("due", due);
                    params.put("stale", stale);
                }
                case STALE -> {
                    where.add("r.lastVerified <= :stale");
                    params.put("stale", stale);
                }
                default -> throw new IllegalArgumentException(q.verification().name());
            }
        }
        return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    }

    private static boolean isEmailSearch(ContactQuery q) {
        return q.text() != null && q.text().contains("@");
    }

    private static List<String> nameWords(ContactQuery q) {
        if (q.text() == null || q.text().isBlank() || isEmailSearch(q)) {
            return List.of();
        }
        return Person.tokens(q.text()).stream().sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .limit(5).toList();
    }

    private static String escape(String text) {
        return text.replace("%", "").replace("_", "");
    }

    /** Whether the person holds a current role of {@code type} for the State or organisation. */
    public static boolean holdsCurrently(EntityManager em, String personId, UUID state, UUID organisation, RoleType type) {
        return holdsCurrently(em, personId, state, organisation, type, LockModeType.NONE);
    }

    /**
     * {@link #holdsCurrently(EntityManager, String, UUID, UUID, RoleType)} read with {@code lock}: a pessimistic
     * lock makes it a locking read, which sees what parallel transactions committed (not the transaction's first
     * snapshot), as a check before an insert needs.
     */
    public static boolean holdsCurrently(EntityManager em, String personId, UUID state, UUID organisation, RoleType type,
                                         LockModeType lock) {
        TypedQuery<ContactRole> query = em.createQuery("SELECT r FROM ContactRole r WHERE r.personId = :person"
                        + " AND r.roleType = :type AND r.validTo IS NULL"
                        + " AND (r.stateId = :state OR r.organisationId = :organisation)", ContactRole.class)
                .setParameter("person", personId).setParameter("type", type)
                .setParameter("state", state == null ? "-" : state.toString())
                .setParameter("organisation", organisation == null ? "-" : organisation.toString());
        // no LIMIT with a lock: EclipseLink writes FOR UPDATE before it, which H2 refuses (a person holds few roles)
        return !(lock == LockModeType.NONE ? query.setMaxResults(1) : query.setLockMode(lock)).getResultList().isEmpty();
    }
}
