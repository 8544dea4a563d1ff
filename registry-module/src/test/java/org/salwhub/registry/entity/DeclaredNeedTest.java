package org.salwhub.registry.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.salwhub.registry.api.reporting.DeclaredNeedId;
import org.salwhub.registry.api.reporting.DeclaredNeedView;
import org.salwhub.registry.api.reporting.NationalReportId;
import org.salwhub.registry.api.reporting.NeedEntry;
import org.salwhub.registry.api.reporting.ReportInstrument;
import org.salwhub.registry.api.reporting.ReportingCycleId;

/** A declared need: its texts, and the link to the assistance module's draft need. */
class DeclaredNeedTest {

    private static List<String> codes(NeedEntry entry) {
        return DeclaredNeed.check(entry).stream().map(e -> e.field() + ":" + e.code()).toList();
    }

    @Test
    void aNeedHasATitleAndTextsOfLimitedLength() {
        assertEquals(List.of(), codes(new NeedEntry("Marking machines", null, null)));
        assertEquals(List.of("title:required"), codes(new NeedEntry("  ", "text", "Marking")));
        assertEquals(List.of("title:tooLong", "description:tooLong", "thematicArea:tooLong"),
                codes(new NeedEntry("t".repeat(DeclaredNeed.TITLE_MAX + 1), "d".repeat(DeclaredNeed.DESCRIPTION_MAX + 1),
                        "a".repeat(DeclaredNeed.AREA_MAX + 1))));
        assertEquals(List.of(), codes(new NeedEntry("t".repeat(DeclaredNeed.TITLE_MAX),
                "d".repeat(DeclaredNeed.DESCRIPTION_MAX), "a".repeat(DeclaredNeed.AREA_MAX))), "the maximum is allowed");
    }

    @Test
    void aNeedIsOpenUntilLinkedToADraftNeedAndKeepsThatLink() {
        NationalReport report = new NationalReport(NationalReportId.random(), UUID.randomUUID(),
                ReportingCycleId.random(), ReportInstrument.POA);
        DeclaredNeed need = new DeclaredNeed(DeclaredNeedId.random(), NationalReportId.of(report.id()), 1,
                new NeedEntry(" Record-keeping software ", " ", "Record-keeping"));
        DeclaredNeedView open = need.view(report, "2026");
        assertTrue(need.isOpen());
        assertTrue(open.open());
        assertEquals("Record-keeping software", open.title());
        assertNull(open.description());
        assertEquals(ReportInstrument.POA, open.instrument());
        assertEquals(report.id(), open.reportId().toString());

        UUID draft = UUID.randomUUID();
        assertTrue(need.linkTo(draft));
        assertFalse(need.isOpen());
        assertEquals(draft, need.view(report, "2026").draftNeedId());
        assertFalse(need.linkTo(draft), "linking again to the same draft changes nothing");
        assertThrows(IllegalStateException.class, () -> need.linkTo(UUID.randomUUID()));
        assertEquals(draft, need.view(report, "2026").draftNeedId(), "the first link stays");
    }

    @Test
    void describingKeepsTheLink() {
        NationalReport report = new NationalReport(NationalReportId.random(), UUID.randomUUID(),
                ReportingCycleId.random(), ReportInstrument.ITI);
        DeclaredNeed need = new DeclaredNeed(DeclaredNeedId.random(), NationalReportId.of(report.id()), 1,
                new NeedEntry("Tracing training", null, null));
        UUID draft = UUID.randomUUID();
        need.linkTo(draft);
        need.describe(new NeedEntry("Tracing training for 40 officers", "Nairobi and Mombasa", "Tracing"));
        DeclaredNeedView view = need.view(report, "2026");
        assertEquals("Tracing training for 40 officers", view.title());
        assertEquals("Tracing", view.thematicArea());
        assertEquals(draft, view.draftNeedId());
        assertThrows(IllegalArgumentException.class, () -> need.describe(new NeedEntry(null, "x", null)));
    }
}
