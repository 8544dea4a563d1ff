package org.salwhub.registry.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.reporting.NationalReportId;
import org.salwhub.registry.api.reporting.NationalReportView;
import org.salwhub.registry.api.reporting.ReportEntry;
import org.salwhub.registry.api.reporting.ReportInstrument;
import org.salwhub.registry.api.reporting.ReportingCycleId;

/** The rules of a national report: submission date, link, lengths. */
class NationalReportTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static List<String> codes(ReportEntry entry) {
        return NationalReport.check(entry, TODAY).stream().map(e -> e.field() + ":" + e.code()).toList();
    }

    @Test
    void aSubmittedReportWithADateAndALinkIsValid() {
        assertEquals(List.of(), codes(new ReportEntry(true, TODAY, "https://smallarms.un-arm.org/country-profiles/KEN",
                "KEN-2026-PoA.pdf")));
        assertEquals(List.of(), codes(new ReportEntry(true, TODAY.minusYears(1), "HTTP://example.org", null)));
        assertEquals(List.of(), codes(new ReportEntry(false, null, null, null)), "nothing recorded yet");
        assertEquals(List.of(), codes(new ReportEntry(false, null, "  ", " ")), "blank counts as none");
    }

    @Test
    void aSubmittedReportNeedsItsDateOfSubmission() {
        assertEquals(List.of("submittedOn:required"), codes(new ReportEntry(true, null, null, null)));
    }

    @Test
    void theDateOfSubmissionCannotBeInTheFuture() {
        assertEquals(List.of("submittedOn:date.future"), codes(new ReportEntry(true, TODAY.plusDays(1), null, null)));
        assertEquals(List.of(), codes(new ReportEntry(true, TODAY, null, null)), "today is fine");
    }

    @Test
    void aReportNotSubmittedHasNoDateOfSubmission() {
        assertEquals(List.of("submittedOn:report.notSubmitted"),
                codes(new ReportEntry(false, TODAY.minusDays(3), null, null)));
    }

    @Test
    void theLinkIsAnAbsoluteHttpOrHttpsAddress() {
        for (String bad : List.of("javascript:alert(1)", "ftp://example.org/report.pdf", "file:///etc/passwd",
                "www.example.org/report.pdf", "/reports/ken.pdf", "https://", "http://exa mple.org", "mailto:x@y.org")) {
            assertEquals(List.of("link:url.format"), codes(new ReportEntry(true, TODAY, bad, null)), bad);
        }
        assertTrue(NationalReport.isWebAddress("https://example.org/a?b=c#d"));
        assertFalse(NationalReport.isWebAddress("data:text/html,x"));
    }

    @Test
    void textsHaveAMaximumLength() {
        String longLink = "https://example.org/" + "a".repeat(NationalReport.LINK_MAX);
        String longDocument = "d".repeat(NationalReport.DOCUMENT_MAX + 1);
        List<FieldError> errors = NationalReport.check(new ReportEntry(false, null, longLink, longDocument), TODAY);
        assertEquals(List.of("link:tooLong", "documentReference:tooLong"),
                errors.stream().map(e -> e.field() + ":" + e.code()).toList());
        assertEquals(List.of(String.valueOf(NationalReport.LINK_MAX)), errors.get(0).args());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertEquals(List.of("submittedOn:date.future", "link:url.format"),
                codes(new ReportEntry(true, TODAY.plusYears(1), "ftp://x.org", null)));
    }

    @Test
    void recordingTrimsTextsAndKeepsTheDateOnlyForASubmittedReport() {
        UUID state = UUID.randomUUID();
        ReportingCycleId cycle = ReportingCycleId.random();
        NationalReport report = new NationalReport(NationalReportId.random(), state, cycle, ReportInstrument.POA);
        report.record(new ReportEntry(true, TODAY, " https://example.org/r ", "  "));
        NationalReportView view = report.view("2026", 2);
        assertTrue(view.submitted());
        assertEquals(TODAY, view.submittedOn());
        assertEquals("https://example.org/r", view.link());
        assertNull(view.documentReference());
        assertEquals(state, view.stateId().value());
        assertEquals(cycle, view.cycleId());
        assertEquals("2026", view.cycleCode());
        assertEquals(2, view.declaredNeeds());

        report.record(new ReportEntry(false, null, null, "draft.docx"));
        assertFalse(report.view("2026", 0).submitted());
        assertNull(report.view("2026", 0).submittedOn());
        assertEquals("draft.docx", report.view("2026", 0).documentReference());

        assertThrows(IllegalArgumentException.class, () -> report.record(new ReportEntry(true, null, null, null)));
    }
}
