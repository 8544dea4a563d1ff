package org.salwhub.web.security;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.salwhub.registry.api.directory.PersonsMerged;

/**
 * Follows a merge of duplicate persons in the directory, in the merge's transaction: a fellow's account bound to the
 * retired record now acts for the person kept (whose nominations the fellowship module moves the same way), unless
 * the person kept has an account of their own already.
 */
@Stateless
public class MergedFellows {

    @PersistenceContext
    EntityManager em;

    public void onMerged(@Observes PersonsMerged merged) {
        String keeper = merged.keeper().toString();
        boolean keeperHasAccount = !em.createNamedQuery("UserAccount.ofPerson", UserAccount.class)
                .setParameter("person", keeper).getResultList().isEmpty();
        if (keeperHasAccount) {
            return;
        }
        em.createNamedQuery("UserAccount.ofPerson", UserAccount.class)
                .setParameter("person", merged.duplicate().toString()).getResultStream()
                .forEach(account -> account.actFor(merged.keeper().value()));
    }
}
