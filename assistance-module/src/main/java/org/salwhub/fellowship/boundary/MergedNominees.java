package org.salwhub.fellowship.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;
import org.salwhub.fellowship.api.FellowshipAccounts;
import org.salwhub.fellowship.entity.Nomination;
import org.salwhub.registry.api.directory.PersonsMerged;

/**
 * Follows a merge of duplicate persons in the directory, in the merge's transaction:
 * <ul>
 *   <li>fellowship nominations of the retired record now name the person kept (unless the kept person was nominated
 *       to the same call already);</li>
 *   <li>a fellow's account bound to the retired record now acts for the person kept, unless the person kept has an
 *       account of their own already.</li>
 * </ul>
 */
@Stateless
public class MergedNominees {

    @PersistenceContext
    EntityManager em;

    @Inject
    FellowshipAccounts accounts;

    public void onMerged(@Observes PersonsMerged merged) {
        moveNominations(merged);
        moveFellowAccounts(merged);
    }

    private void moveNominations(PersonsMerged merged) {
        String keeper = merged.keeper().toString();
        Set<String> keepersCalls = new HashSet<>(em.createQuery(
                "SELECT n.callId FROM Nomination n WHERE n.personId = :k", String.class)
                .setParameter("k", keeper).getResultList());
        em.createQuery("SELECT n FROM Nomination n WHERE n.personId = :d", Nomination.class)
                .setParameter("d", merged.duplicate().toString()).getResultStream()
                .filter(n -> !keepersCalls.contains(n.callId()))
                .forEach(n -> n.reassign(keeper));
    }

    private void moveFellowAccounts(PersonsMerged merged) {
        if (!accounts.anyActFor(merged.keeper())) {
            accounts.moveAccounts(merged.duplicate(), merged.keeper());
        }
    }
}
