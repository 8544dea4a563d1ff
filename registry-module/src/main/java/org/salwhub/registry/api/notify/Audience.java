package org.salwhub.registry.api.notify;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.salwhub.registry.api.kernel.Role;

/**
 * Who should receive a notification, in the terms modules know: account user names, the focal
 * points of a State, the donor representatives of an organisation, every holder of a role, or
 * registry persons (reached through their FELLOW account when they have one, otherwise by the e-mail address the
 * directory holds for them).
 */
public record Audience(Set<String> usernames, Set<UUID> focalPointsOfStates, Set<UUID> donorsOfOrganisations,
                       Set<Role> roles, Set<UUID> persons) {

    public Audience {
        usernames = usernames == null ? Set.of() : Set.copyOf(usernames);
        focalPointsOfStates = focalPointsOfStates == null ? Set.of() : Set.copyOf(focalPointsOfStates);
        donorsOfOrganisations = donorsOfOrganisations == null ? Set.of() : Set.copyOf(donorsOfOrganisations);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        persons = persons == null ? Set.of() : Set.copyOf(persons);
    }

    public static Audience users(String... usernames) {
        return new Audience(Set.of(usernames), null, null, null, null);
    }

    public static Audience focalPointsOf(UUID stateId) {
        return new Audience(null, Set.of(stateId), null, null, null);
    }

    public static Audience donorsOf(UUID organisationId) {
        return new Audience(null, null, Set.of(organisationId), null, null);
    }

    /** Administrators and regional centre staff. */
    public static Audience staff() {
        return new Audience(null, null, null, Set.of(Role.CENTRE_STAFF), null);
    }

    public static Audience role(Role role) {
        return new Audience(null, null, null, Set.of(role), null);
    }

    public static Audience persons(Set<UUID> personIds) {
        return new Audience(null, null, null, null, personIds);
    }

    public Audience and(Audience other) {
        return new Audience(union(usernames, other.usernames), union(focalPointsOfStates, other.focalPointsOfStates),
                union(donorsOfOrganisations, other.donorsOfOrganisations), union(roles, other.roles),
                union(persons, other.persons));
    }

    public boolean isEmpty() {
        return usernames.isEmpty() && focalPointsOfStates.isEmpty() && donorsOfOrganisations.isEmpty()
                && roles.isEmpty() && persons.isEmpty();
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
