package org.salwhub.web.security;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.salwhub.registry.api.kernel.Role;

/**
 * A user account as screens and the API show it, with the State, organisation or registry person ({@code personId},
 * a FELLOW's) it acts for. Never carries the password hash.
 */
public record AccountView(String id, String username, String displayName, String email, Set<Role> roles,
                          UUID stateId, UUID organisationId, UUID personId, String preferredLanguage, boolean enabled,
                          Instant lockedUntil, boolean mustChangePassword, Instant createdAt,
                          Instant lastLoginAt, long version) {

    public AccountView {
        roles = Set.copyOf(roles);
    }

    public boolean locked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
