package org.salwhub.registry.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.Subregion;
import org.salwhub.registry.api.UnStatus;
import org.salwhub.registry.api.kernel.LocalizedText;

/** Reporting rates group States by the M49 subregion the registry holds for them. */
class ReportingGroupsTest {

    private static StateView state(String iso2, Subregion subregion) {
        return new StateView(new StateId(UUID.randomUUID()), iso2, iso2 + "X", new LocalizedText(iso2, iso2, iso2),
                true, null, 0, UnStatus.MEMBER, null, subregion, Boolean.TRUE);
    }

    @Test
    void aStateFallsInItsRecordedSubregion() {
        assertEquals("EASTERN_AFRICA", ReportingGroups.of(state("KE", Subregion.EASTERN_AFRICA)));
        assertEquals("NORTHERN_AFRICA", ReportingGroups.of(state("SD", Subregion.NORTHERN_AFRICA)));
    }

    @Test
    void aStateWithoutSubregionIsOther() {
        assertEquals(ReportingGroups.OTHER, ReportingGroups.of(state("AQ", null)));
        assertEquals(ReportingGroups.OTHER, ReportingGroups.of(null));
    }
}
