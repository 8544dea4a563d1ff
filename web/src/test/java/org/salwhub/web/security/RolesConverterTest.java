package org.salwhub.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.salwhub.registry.api.kernel.Role;

class RolesConverterTest {

    private final RolesConverter converter = new RolesConverter();

    @Test
    void everySetOfRolesSurvivesTheRoundTrip() {
        Role[] roles = Role.values();
        for (int mask = 0; mask < 1 << roles.length; mask++) {
            Set<Role> set = EnumSet.noneOf(Role.class);
            for (int i = 0; i < roles.length; i++) {
                if ((mask & 1 << i) != 0) {
                    set.add(roles[i]);
                }
            }
            String column = converter.convertToDatabaseColumn(set);
            assertEquals(set, converter.convertToEntityAttribute(column), column);
        }
    }

    @Test
    void theColumnIsSortedWhateverTheSetsOrder() {
        Set<Role> reversed = new LinkedHashSet<>(List.of(Role.REVIEWER, Role.DONOR, Role.ADMIN));
        Set<Role> shuffled = new LinkedHashSet<>(List.of(Role.DONOR, Role.ADMIN, Role.REVIEWER));
        assertEquals("ADMIN,DONOR,REVIEWER", converter.convertToDatabaseColumn(reversed));
        assertEquals("ADMIN,DONOR,REVIEWER", converter.convertToDatabaseColumn(shuffled));
        assertEquals("ADMIN,CENTRE_STAFF,FOCAL_POINT,DONOR,REVIEWER,FELLOW",
                converter.convertToDatabaseColumn(Set.of(Role.values())));
    }

    @Test
    void oneRoleHasNoComma() {
        assertEquals("FOCAL_POINT", converter.convertToDatabaseColumn(Set.of(Role.FOCAL_POINT)));
    }

    @Test
    void noRoles() {
        assertEquals("", converter.convertToDatabaseColumn(Set.of()));
        assertEquals("", converter.convertToDatabaseColumn(null));
        assertTrue(converter.convertToEntityAttribute(null).isEmpty());
        assertTrue(converter.convertToEntityAttribute("").isEmpty());
        assertTrue(converter.convertToEntityAttribute("  ").isEmpty());
    }

    @Test
    void readsHandEditedColumns() {
        assertEquals(EnumSet.of(Role.ADMIN, Role.DONOR), converter.convertToEntityAttribute(" DONOR , ADMIN ,"));
        assertEquals(EnumSet.of(Role.CENTRE_STAFF), converter.convertToEntityAttribute("CENTRE_STAFF,,CENTRE_STAFF"));
    }

    @Test
    void theEntityGetsAModifiableSet() {
        Set<Role> roles = converter.convertToEntityAttribute("ADMIN");
        roles.add(Role.REVIEWER);
        assertEquals("ADMIN,REVIEWER", converter.convertToDatabaseColumn(roles));
    }
}
