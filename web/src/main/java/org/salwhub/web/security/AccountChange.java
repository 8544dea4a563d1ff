package org.salwhub.web.security;

import java.util.Set;
import java.util.UUID;
import org.salwhub.registry.api.kernel.Role;

/** An administrator's change to an account, made against the version they loaded. */
public record AccountChange(String id, String displayName, String email, Set<Role> roles, UUID stateId,
                            UUID organisationId, UUID personId, long version) {
    public AccountChange {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** A change that binds the account to no registry person. */
    public AccountChange(String id, String displayName, String email, Set<Role> roles, UUID stateId,
                         UUID organisationId, long version) {
        this(id, displayName, email, roles, stateId, organisationId, null, version);
    }
}
