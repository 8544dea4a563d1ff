package org.salwhub.assistance.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.salwhub.assistance.entity.Nomination;
import org.salwhub.registry.api.directory.PersonsMerged;

/**
 * Follows a merge of duplicate persons in the directory, in the merge's transaction: fellowship nominations of the
 * retired record now name the person kept (unless the kept person was nominated to the same call already).
 */
@Stateless
public class MergedPersons {

    @PersistenceContext
    EntityManager em;

    public void onMerged(@Observes PersonsMerged merged) {
        String keeper = merged.keeper().toString();
        java.util.Set<String> keepersCalls = new java.util.HashSet<>(em.createQuery(
                "SELECT n.callId FROM Nomination n WHERE n.personId = :k", String.class)
                .setParameter("k", keeper).getResultList());
        em.createQuery("SELECT n FROM Nomination n WHERE n.personId = :d", Nomination.class)
                .setParameter("d", merged.duplicate().toString()).getResultStream()
                .filter(n -> !keepersCalls.contains(n.callId()))
                .forEach(n -> n.reassign(keeper));
    }
}
