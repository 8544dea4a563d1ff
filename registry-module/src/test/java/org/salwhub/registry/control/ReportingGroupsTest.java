package org.salwhub.registry.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The placeholder grouping by M49 subregion. */
class ReportingGroupsTest {

    @Test
    void theDemoMemberStatesFallInTheirM49Subregions() {
        for (String iso2 : List.of("BI", "DJ", "ER", "ET", "KE", "RW", "SC", "SO", "SS", "TZ", "UG")) {
            assertEquals("EASTERN_AFRICA", ReportingGroups.ofIsoCode(iso2), iso2);
        }
        for (String iso2 : List.of("CF", "CD", "CG")) {
            assertEquals("MIDDLE_AFRICA", ReportingGroups.ofIsoCode(iso2), iso2);
        }
        assertEquals("NORTHERN_AFRICA", ReportingGroups.ofIsoCode("SD"));
        assertEquals("WESTERN_AFRICA", ReportingGroups.ofIsoCode("NG"));
        assertEquals("SOUTHERN_AFRICA", ReportingGroups.ofIsoCode("ZA"));
    }

    @Test
    void statesOutsideTheLookupAreOther() {
        assertEquals(ReportingGroups.OTHER, ReportingGroups.ofIsoCode("FR"));
        assertEquals(ReportingGroups.OTHER, ReportingGroups.ofIsoCode(null));
        assertEquals(ReportingGroups.OTHER, ReportingGroups.of(null));
    }
}
