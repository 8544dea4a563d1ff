package org.salwhub.web.notify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.salwhub.registry.api.kernel.Role;
import org.salwhub.registry.api.notify.Audience;
import org.salwhub.web.security.AccountView;

class AudienceResolverTest {

    private static final UUID KENYA = UUID.randomUUID();
    private static final UUID SUDAN = UUID.randomUUID();
    private static final UUID EU = UUID.randomUUID();

    private static AccountView account(String name, Role role, UUID state, UUID org) {
        return account(name, role, state, org, null);
    }

    private static AccountView account(String name, Role role, UUID state, UUID org, UUID person) {
        return new AccountView(UUID.randomUUID().toString(), name, name, name + "@example.org", Set.of(role), state,
                org, person, "en", true, null, false, null, null, 0);
    }

    private static final AccountView FP_KENYA = account("fp.kenya", Role.FOCAL_POINT, KENYA, null);
    private static final AccountView FP_SUDAN = account("fp.sudan", Role.FOCAL_POINT, SUDAN, null);
    private static final AccountView DONOR_EU = account("donor.eu", Role.DONOR, null, EU);
    private static final AccountView STAFF = account("staff", Role.CENTRE_STAFF, null, null);
    private static final AccountView ADMIN = account("admin", Role.ADMIN, null, null);

    @Test
    void theFocalPointsOfAStateAreOnlyThatStatesFocalPoints() {
        Audience audience = Audience.focalPointsOf(KENYA);
        assertTrue(AudienceResolver.reaches(audience, FP_KENYA));
        assertFalse(AudienceResolver.reaches(audience, FP_SUDAN));
        assertFalse(AudienceResolver.reaches(audience, STAFF));
    }

    @Test
    void anOrganisationsDonorsAreItsDonorRepresentatives() {
        assertTrue(AudienceResolver.reaches(Audience.donorsOf(EU), DONOR_EU));
        assertFalse(AudienceResolver.reaches(Audience.donorsOf(UUID.randomUUID()), DONOR_EU));
        assertFalse(AudienceResolver.reaches(Audience.donorsOf(EU), FP_KENYA));
    }

    @Test
    void staffIncludesAdministratorsAndAudiencesCombine() {
        assertTrue(AudienceResolver.reaches(Audience.staff(), STAFF));
        assertTrue(AudienceResolver.reaches(Audience.staff(), ADMIN));
        assertFalse(AudienceResolver.reaches(Audience.staff(), DONOR_EU));
        Audience both = Audience.focalPointsOf(SUDAN).and(Audience.users("DONOR.EU"));
        assertTrue(AudienceResolver.reaches(both, FP_SUDAN));
        assertTrue(AudienceResolver.reaches(both, DONOR_EU), "user names match whatever their case");
        assertFalse(AudienceResolver.reaches(both, FP_KENYA));
    }

    @Test
    void aPersonIsReachedThroughTheirFellowAccountToo() {
        UUID nominee = UUID.randomUUID();
        AccountView fellow = account("fellow.uganda", Role.FELLOW, null, null, nominee);
        assertTrue(AudienceResolver.reaches(Audience.persons(Set.of(nominee)), fellow));
        assertFalse(AudienceResolver.reaches(Audience.persons(Set.of(UUID.randomUUID())), fellow));
        assertFalse(AudienceResolver.reaches(Audience.focalPointsOf(KENYA), fellow));
        assertFalse(AudienceResolver.reaches(Audience.staff(), fellow));
        // only a FELLOW account stands for its person
        AccountView notFellow = account("fp.kenya2", Role.FOCAL_POINT, KENYA, null, nominee);
        assertFalse(AudienceResolver.reaches(Audience.persons(Set.of(nominee)), notFellow));
    }
}
