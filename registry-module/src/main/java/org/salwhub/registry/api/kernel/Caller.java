package org.salwhub.registry.api.kernel;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling a boundary, with the scope their role binds them to.
 * {@link #SYSTEM} stands for timers and start-up tasks.
 */
public record Caller(String username, Set<Role> roles, UUID stateId, UUID organisationId) {

    public static final Caller SYSTEM = new Caller("system", Set.of(Role.ADMIN), null, null);
    public static final Caller ANONYMOUS = new Caller(null, Set.of(), null, null);

    public Caller {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean isAuthenticated() {
        return username != null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Admins and regional centre staff manage every record. */
    /** The system itself (timers, start-up tasks, demo data), not a signed-in person. */
    public boolean isSystem() {
        return SYSTEM.equals(this);
    }

    /** A focal point of exactly this State: staff do not count (they act for the network, not for a State). */
    public boolean isFocalPointOf(UUID state) {
        return has(Role.FOCAL_POINT) && state != null && state.equals(stateId);
    }

    public boolean isStaff() {
        return has(Role.ADMIN) || has(Role.CENTRE_STAFF);
    }

    public Optional<UUID> state() {
        return Optional.ofNullable(stateId);
    }

    public Optional<UUID> organisation() {
        return Optional.ofNullable(organisationId);
    }

    /** Staff, or the focal point of exactly this State. */
    public boolean mayActForState(UUID state) {
        return isStaff() || (has(Role.FOCAL_POINT) && state != null && state.equals(stateId));
    }

    /** Staff, or a donor representative of exactly this organisation. */
    public boolean mayActForOrganisation(UUID organisation) {
        return isStaff() || (has(Role.DONOR) && organisation != null && organisation.equals(organisationId));
    }

    public void requireStaff() {
        if (!isStaff()) {
            throw new AccessDeniedException("staff only");
        }
    }
}
