package org.salwhub.web.security;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import org.salwhub.assistance.api.fellowship.ReviewCandidate;
import org.salwhub.registry.api.kernel.Role;

/**
 * The web layer owns the accounts: it hands the fellowship boundary the enabled REVIEWER accounts as candidates
 * for automatic assignment, with the State and organisation their account is bound to (usually none; the
 * reviewer's declaration of interests in the fellowship module completes them).
 */
@Stateless
public class FellowshipReviewers {

    @PersistenceContext
    EntityManager em;

    public List<ReviewCandidate> candidates() {
        return em.createNamedQuery("UserAccount.withRole", UserAccount.class)
                .setParameter("pattern", "%" + Role.REVIEWER.name() + "%").getResultStream()
                .map(UserAccount::view)
                .filter(a -> a.enabled() && a.roles().contains(Role.REVIEWER))
                .sorted(Comparator.comparing(AccountView::username))
                .map(a -> new ReviewCandidate(a.username(), a.displayName(), a.stateId(), a.organisationId(), null))
                .toList();
    }
}
