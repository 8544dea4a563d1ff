package org.salwhub.registry.api.kernel;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling a boundary, with the scope their roles bind them to: the State of a focal point, the organisation
 * of a donor, the registry person of a fellow ({@code personId}).
 * {@link #SYSTEM} stands for timers and start-up tasks.
 */
public record Caller(String username, Set<Role> roles, UUID stateId, UUID organisationId, UUID personId) {

    public static final Caller SYSTEM = new Caller("system", Set.of(Role.ADMIN), null, null);
    public static final Caller ANONYMOUS = new Caller(null, Set.of(), null, null);

    public Caller {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** A caller bound to no registry person (every role but {@link Role#FELLOW}). */
    public Caller(String username, Set<Role> roles, UUID stateId, UUID organisationId) {
        this(username, roles, stateId, organisationId, null);
    }

    public boolean isAuthenticated() {
        return username != null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The system itself (timers, start-up tasks, demo data), not a signed-in person. */
    public boolean isSystem() {
        return SYSTEM.equals(this);
    }

    /** A focal point of exactly this State: staff do not count (they act for the network, not for a State). */
    public boolean isFocalPointOf(UUID state) {
        return has(Role.FOCAL_POINT) && state != null && state.equals(stateId);
    }

    /**
     * A member of the network: signed in, and not only a {@link Role#FELLOW}. The network's data (the directory,
     * assistance, projects, meetings, reports) is theirs to read; a fellow sees only their own fellowship records.
     */
    public boolean isNetworkMember() {
        return isAuthenticated() && !isOnlyFellow();
    }

    /** A fellow with no other role: someone outside the network, who sees only their own fellowship records. */
    public boolean isOnlyFellow() {
        return has(Role.FELLOW) && roles.stream().allMatch(role -> role == Role.FELLOW);
    }

    /** A fellow bound to exactly this registry person. */
    public boolean isFellowOf(UUID person) {
        return has(Role.FELLOW) && person != null && person.equals(personId);
    }

    public Optional<UUID> person() {
        return Optional.ofNullable(personId);
    }

    /** Admins and regional centre staff manage every record. */
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

    /** This caller, who must be staff ({@link #isStaff()}). */
    public Caller requireStaff() {
        if (!isStaff()) {
            throw new AccessDeniedException("staff only");
        }
        return this;
    }

    /** This caller, who must be signed in ({@link #isAuthenticated()}). */
    public Caller requireSignedIn() {
        if (!isAuthenticated()) {
            throw new AccessDeniedException("sign in first");
        }
        return this;
    }

    /**
     * This caller, who must be a member of the network ({@link #isNetworkMember()}): anyone else is refused with
     * {@code refusal}, which says what is the network's.
     */
    public Caller requireNetworkMember(String refusal) {
        if (!isNetworkMember()) {
            throw new AccessDeniedException(refusal);
        }
        return this;
    }

    /** For work only scheduled tasks run ({@link CallerContext#runAsSystem}): never ANONYMOUS, nor a user. */
    public void requireSystem() {
        if (!isSystem()) {
            throw new AccessDeniedException("system only");
        }
    }
}
