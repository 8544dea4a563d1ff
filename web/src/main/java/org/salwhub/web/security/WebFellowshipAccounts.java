package org.salwhub.web.security;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.salwhub.fellowship.api.FellowshipAccounts;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.kernel.Role;

/**
 * The web layer owns the accounts: it tells the fellowship boundary which accounts may hold a role and which act for
 * a registry person, and moves a fellow's account when the boundary says so. The rules are the boundary's.
 */
@Stateless
public class WebFellowshipAccounts implements FellowshipAccounts {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Account> withRole(Role role) {
        return em.createNamedQuery("UserAccount.withRole", UserAccount.class)
                .setParameter("pattern", "%" + role.name() + "%").getResultStream()
                .map(UserAccount::view)
                .map(a -> new Account(a.username(), a.displayName(), a.enabled(), a.roles(), a.stateId(),
                        a.organisationId()))
                .toList();
    }

    @Override
    public boolean anyActFor(PersonId person) {
        return !em.createNamedQuery("UserAccount.ofPerson", UserAccount.class)
                .setParameter("person", person.toString()).getResultList().isEmpty();
    }

    @Override
    public void moveAccounts(PersonId from, PersonId to) {
        em.createNamedQuery("UserAccount.ofPerson", UserAccount.class)
                .setParameter("person", from.toString()).getResultStream()
                .forEach(account -> account.actFor(to.value()));
    }
}
