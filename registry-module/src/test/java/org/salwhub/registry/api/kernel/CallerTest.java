package org.salwhub.registry.api.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CallerTest {

    private static final UUID KENYA = UUID.randomUUID();
    private static final UUID SUDAN = UUID.randomUUID();
    private static final UUID EU = UUID.randomUUID();
    private static final UUID GFFO = UUID.randomUUID();

    private static Caller caller(Set<Role> roles, UUID state, UUID organisation) {
        return new Caller("someone", roles, state, organisation);
    }

    @Test
    void systemIsAnAuthenticatedAdministrator() {
        assertTrue(Caller.SYSTEM.isAuthenticated());
        assertTrue(Caller.SYSTEM.isStaff());
        assertTrue(Caller.SYSTEM.has(Role.ADMIN));
        Caller.SYSTEM.requireStaff();
    }

    @Test
    void anonymousMayDoNothing() {
        Caller anonymous = Caller.ANONYMOUS;
        assertFalse(anonymous.isAuthenticated());
        assertFalse(anonymous.isStaff());
        assertFalse(anonymous.mayActForState(KENYA));
        assertFalse(anonymous.mayActForOrganisation(EU));
        assertThrows(AccessDeniedException.class, anonymous::requireStaff);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ADMIN", "CENTRE_STAFF"})
    void staffActForEveryStateAndOrganisation(Role role) {
        Caller staff = caller(Set.of(role), null, null);
        assertTrue(staff.isStaff());
        assertTrue(staff.mayActForState(KENYA));
        assertTrue(staff.mayActForState(SUDAN));
        assertTrue(staff.mayActForOrganisation(EU));
        assertTrue(staff.mayActForOrganisation(GFFO));
        staff.requireStaff();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"FOCAL_POINT", "DONOR", "REVIEWER", "FELLOW"})
    void requireStaffRejectsEveryOtherRole(Role role) {
        Caller caller = caller(Set.of(role), KENYA, EU);
        assertFalse(caller.isStaff());
        AccessDeniedException denied = assertThrows(AccessDeniedException.class, caller::requireStaff);
        assertEquals("staff only", denied.getMessage());
    }

    @Test
    void focalPointActsOnlyForTheirOwnState() {
        Caller focalPoint = caller(Set.of(Role.FOCAL_POINT), KENYA, null);
        assertTrue(focalPoint.mayActForState(KENYA));
        assertFalse(focalPoint.mayActForState(SUDAN));
        assertFalse(focalPoint.mayActForState(null));
        assertFalse(focalPoint.mayActForOrganisation(EU));
        assertEquals(Optional.of(KENYA), focalPoint.state());
        assertEquals(Optional.empty(), focalPoint.organisation());
    }

    @Test
    void focalPointWithoutAStateActsForNone() {
        Caller unbound = caller(Set.of(Role.FOCAL_POINT), null, null);
        assertFalse(unbound.mayActForState(KENYA));
        assertFalse(unbound.mayActForState(null));
    }

    @Test
    void aStateWithoutTheFocalPointRoleGrantsNothing() {
        Caller reviewer = caller(Set.of(Role.REVIEWER), KENYA, EU);
        assertFalse(reviewer.mayActForState(KENYA));
        assertFalse(reviewer.mayActForOrganisation(EU));
    }

    @Test
    void donorActsOnlyForTheirOwnOrganisation() {
        Caller donor = caller(Set.of(Role.DONOR), null, EU);
        assertTrue(donor.mayActForOrganisation(EU));
        assertFalse(donor.mayActForOrganisation(GFFO));
        assertFalse(donor.mayActForOrganisation(null));
        assertFalse(donor.mayActForState(KENYA));
        assertEquals(Optional.of(EU), donor.organisation());
        assertEquals(Optional.empty(), donor.state());
    }

    @Test
    void anOrganisationWithoutTheDonorRoleGrantsNothing() {
        Caller focalPoint = caller(Set.of(Role.FOCAL_POINT), KENYA, EU);
        assertFalse(focalPoint.mayActForOrganisation(EU));
    }

    @Test
    void rolesAreAnImmutableCopy() {
        Set<Role> roles = new HashSet<>(Set.of(Role.FOCAL_POINT));
        Caller caller = caller(roles, KENYA, null);
        roles.add(Role.ADMIN);
        assertFalse(caller.has(Role.ADMIN));
        assertFalse(caller.isStaff());
        assertThrows(UnsupportedOperationException.class, () -> caller.roles().add(Role.ADMIN));
    }

    @Test
    void nullRolesMeanNone() {
        Caller caller = new Caller("someone", null, null, null);
        assertTrue(caller.roles().isEmpty());
        assertTrue(caller.isAuthenticated());
        assertFalse(caller.isStaff());
    }

    @Test
    void requiredScopeOfEachRole() {
        assertEquals(Role.ScopeKind.STATE, Role.FOCAL_POINT.requiredScope());
        assertEquals(Role.ScopeKind.ORGANISATION, Role.DONOR.requiredScope());
        assertEquals(Role.ScopeKind.PERSON, Role.FELLOW.requiredScope());
        for (Role role : EnumSet.of(Role.ADMIN, Role.CENTRE_STAFF, Role.REVIEWER)) {
            assertEquals(Role.ScopeKind.NONE, role.requiredScope(), role.name());
        }
    }

    @Test
    void aFellowIsBoundToTheirPersonAndActsForNoStateOrOrganisation() {
        UUID person = UUID.randomUUID();
        Caller fellow = new Caller("fellow.uganda", Set.of(Role.FELLOW), KENYA, EU, person);
        assertTrue(fellow.isFellowOf(person));
        assertFalse(fellow.isFellowOf(UUID.randomUUID()));
        assertFalse(fellow.isFellowOf(null));
        assertEquals(Optional.of(person), fellow.person());
        assertFalse(fellow.mayActForState(KENYA), "a fellow is no focal point, whatever the account holds");
        assertFalse(fellow.mayActForOrganisation(EU));
        assertFalse(fellow.isStaff());
    }

    @Test
    void aPersonWithoutTheFellowRoleIsNoFellow() {
        UUID person = UUID.randomUUID();
        Caller focalPoint = new Caller("fp.kenya", Set.of(Role.FOCAL_POINT), KENYA, null, person);
        assertFalse(focalPoint.isFellowOf(person));
    }

    @Test
    void onlyAFellowWithNoOtherRoleIsOutsideTheNetwork() {
        UUID person = UUID.randomUUID();
        Caller fellow = new Caller("fellow", Set.of(Role.FELLOW), null, null, person);
        assertTrue(fellow.isOnlyFellow());
        assertFalse(fellow.isNetworkMember());
        Caller alsoFocalPoint = new Caller("both", Set.of(Role.FELLOW, Role.FOCAL_POINT), KENYA, null, person);
        assertFalse(alsoFocalPoint.isOnlyFellow());
        assertTrue(alsoFocalPoint.isNetworkMember());
        for (Role role : EnumSet.complementOf(EnumSet.of(Role.FELLOW))) {
            assertTrue(caller(Set.of(role), null, null).isNetworkMember(), role.name());
        }
        assertTrue(Caller.SYSTEM.isNetworkMember());
        assertFalse(Caller.ANONYMOUS.isNetworkMember());
    }

    @Test
    void theFourArgumentCallerHasNoPerson() {
        Caller caller = caller(Set.of(Role.REVIEWER), null, null);
        assertEquals(null, caller.personId());
        assertEquals(Optional.empty(), caller.person());
    }

    @Test
    void requireStaffAnswersTheCaller() {
        Caller staff = caller(Set.of(Role.CENTRE_STAFF), null, null);
        assertSame(staff, staff.requireStaff());
    }

    @Test
    void requireSignedInRefusesOnlyAnonymous() {
        AccessDeniedException denied = assertThrows(AccessDeniedException.class, Caller.ANONYMOUS::requireSignedIn);
        assertEquals("sign in first", denied.getMessage());
        Caller fellow = caller(Set.of(Role.FELLOW), null, null);
        assertSame(fellow, fellow.requireSignedIn());
        assertSame(Caller.SYSTEM, Caller.SYSTEM.requireSignedIn());
    }

    @Test
    void requireNetworkMemberRefusesAnonymousAndFellowsOnlyWithTheGivenReason() {
        AccessDeniedException anonymous = assertThrows(AccessDeniedException.class,
                () -> Caller.ANONYMOUS.requireNetworkMember("the directory is for network members"));
        assertEquals("the directory is for network members", anonymous.getMessage());
        Caller fellow = caller(Set.of(Role.FELLOW), null, null);
        AccessDeniedException onlyFellow = assertThrows(AccessDeniedException.class,
                () -> fellow.requireNetworkMember("projects are for network members"));
        assertEquals("projects are for network members", onlyFellow.getMessage());
        Caller reviewingFellow = caller(Set.of(Role.FELLOW, Role.REVIEWER), null, null);
        assertSame(reviewingFellow, reviewingFellow.requireNetworkMember("x"));
        Caller donor = caller(Set.of(Role.DONOR), null, EU);
        assertSame(donor, donor.requireNetworkMember("x"));
    }
}
