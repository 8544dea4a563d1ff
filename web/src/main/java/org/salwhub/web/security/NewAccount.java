package org.salwhub.web.security;

import java.util.Set;
import java.util.UUID;
import org.salwhub.registry.api.kernel.Role;

/**
 * An administrator's request to create an account. A null password means: generate a one-time password.
 * {@code personId} is the registry person a FELLOW account acts for.
 */
public record NewAccount(String username, String displayName, String email, Set<Role> roles, UUID stateId,
                         UUID organisationId, UUID personId, String preferredLanguage, String password) {
    public NewAccount {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** An account bound to no registry person. */
    public NewAccount(String username, String displayName, String email, Set<Role> roles, UUID stateId,
                      UUID organisationId, String preferredLanguage, String password) {
        this(username, displayName, email, roles, stateId, organisationId, null, preferredLanguage, password);
    }
}
