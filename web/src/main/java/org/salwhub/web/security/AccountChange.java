package org.salwhub.web.security;

import java.util.Set;
import java.util.UUID;
import org.salwhub.registry.api.kernel.Role;

/** An administrator's change to an account, made against the version they loaded. */
public record AccountChange(String id, String displayName, String email, Set<Role> roles, UUID stateId,
                            UUID organisationId, long version) {
    public AccountChange {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
