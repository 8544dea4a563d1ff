package org.salwhub.registry.api.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReportingRateTest {

    @Test
    void theRateIsTheShareOfStatesThatReported() {
        ReportingRate rate = ReportingRate.of("EASTERN_AFRICA", 11, 4);
        assertEquals(4.0 / 11, rate.rate(), 1e-9);
        assertEquals(36, rate.percent());
        assertEquals(0, ReportingRate.of("OTHER", 0, 0).rate(), "no States, no division by zero");
        assertEquals(100, ReportingRate.of("NORTHERN_AFRICA", 1, 1).percent());
    }

    @Test
    void moreReportsThanStatesIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> ReportingRate.of("X", 2, 3));
        assertThrows(IllegalArgumentException.class, () -> ReportingRate.of("X", -1, 0));
    }
}
