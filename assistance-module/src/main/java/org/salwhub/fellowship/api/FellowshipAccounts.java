package org.salwhub.fellowship.api;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.kernel.Role;

/**
 * The user accounts the fellowship programme's rules need to know of. The web layer owns the accounts and implements
 * this (as it implements the registry's {@code CallerContext} and {@code Notifier}); the rules themselves, which
 * accounts are reviewers and whose account follows a merged person, are the fellowship boundary's.
 */
public interface FellowshipAccounts {

    /** An account as the programme sees it: its name, roles, whether it is enabled, and what it is bound to. */
    record Account(String username, String displayName, boolean enabled, Set<Role> roles, UUID stateId,
                   UUID organisationId) {
        public Account {
            roles = roles == null ? Set.of() : Set.copyOf(roles);
        }
    }

    /** The accounts that may hold {@code role} (a superset: the caller checks {@link Account#roles()}). */
    List<Account> withRole(Role role);

    /** Whether some account acts for this registry person (a fellow's account). */
    boolean anyActFor(PersonId person);

    /** Every account that acts for {@code from} acts for {@code to} from now on. */
    void moveAccounts(PersonId from, PersonId to);
}
