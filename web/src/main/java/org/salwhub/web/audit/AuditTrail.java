package org.salwhub.web.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.salwhub.registry.api.kernel.CallerContext;

/** Reads the audit trail. Staff only; paging and filtering happen in the database. */
@Stateless
public class AuditTrail {

    private static final Set<String> SORTABLE = Set.of("occurredAt", "actor", "action", "entityType", "entityId");

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    /** Whether the caller may read the audit trail (staff): pages ask this instead of deciding. */
    public boolean mayRead() {
        return callers.current().isStaff();
    }

    public List<AuditRecord> page(AuditFilter filter, int first, int size, String sortField, boolean ascending) {
        callers.current().requireStaff();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> root = query.from(AuditEntry.class);
        query.where(predicates(cb, root, filter));
        Path<Object> sort = root.get(sortField != null && SORTABLE.contains(sortField) ? sortField : "occurredAt");
        query.orderBy(ascending ? cb.asc(sort) : cb.desc(sort), cb.desc(root.get("id")));
        return em.createQuery(query).setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), 500))
                .getResultStream().map(AuditEntry::record).toList();
    }

    public long count(AuditFilter filter) {
        callers.current().requireStaff();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditEntry> root = query.from(AuditEntry.class);
        query.select(cb.count(root)).where(predicates(cb, root, filter));
        return em.createQuery(query).getSingleResult();
    }

    /** The history of one record, newest first. Staff only. */
    public List<AuditRecord> history(String entityType, String entityId) {
        callers.current().requireStaff();
        return em.createNamedQuery("AuditEntry.ofEntity", AuditEntry.class)
                .setParameter("type", entityType).setParameter("id", entityId)
                .getResultStream().map(AuditEntry::record).toList();
    }

    /**
     * The changes saved after the version a user loaded, to explain a version
     * conflict. Not restricted to staff: it only concerns a record the caller was editing.
     */
    public List<AuditRecord> changesAfter(String entityType, String entityId, long version) {
        return em.createNamedQuery("AuditEntry.newerThan", AuditEntry.class)
                .setParameter("type", entityType).setParameter("id", entityId).setParameter("version", version)
                .getResultStream().map(AuditEntry::record).toList();
    }

    /**
     * Keeps who changed which fields of a record and when, but blanks every value:
     * used when a person is anonymised, so the trail does not keep what was erased.
     */
    public int redactValues(String entityType, String entityId) {
        List<Object[]> rows = em.createNativeQuery("SELECT id, changes FROM web_audit_entry WHERE entity_type = ?1"
                + " AND entity_id = ?2").setParameter(1, entityType).setParameter(2, entityId).getResultList();
        for (Object[] row : rows) {
            ChangeSet redacted = new ChangeSet();
            for (ChangeSet.FieldChange change : ChangeSet.parse(row[1] == null ? null : row[1].toString())) {
                redacted.add(change.field(), ChangeSet.REDACTED, ChangeSet.REDACTED, change.from() != null,
                        change.to() != null);
            }
            em.createNativeQuery("UPDATE web_audit_entry SET changes = ?1 WHERE id = ?2")
                    .setParameter(1, redacted.toJson()).setParameter(2, row[0]).executeUpdate();
        }
        return rows.size();
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<AuditEntry> root, AuditFilter filter) {
        List<Predicate> where = new ArrayList<>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.add(cb.like(cb.lower(root.get("actor")), like(filter.actor())));
        }
        if (filter.entityType() != null && !filter.entityType().isBlank()) {
            where.add(cb.like(cb.lower(root.get("entityType")), like(filter.entityType())));
        }
        if (filter.entityId() != null && !filter.entityId().isBlank()) {
            where.add(cb.equal(root.get("entityId"), filter.entityId().trim()));
        }
        if (filter.action() != null) {
            where.add(cb.equal(root.get("action"), filter.action()));
        }
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from()));
        }
        if (filter.to() != null) {
            where.add(cb.lessThan(root.get("occurredAt"), filter.to()));
        }
        return where.toArray(Predicate[]::new);
    }

    private static String like(String text) {
        return "%" + text.trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
    }
}
