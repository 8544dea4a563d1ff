package org.salwhub.web.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.salwhub.fellowship.api.CallDeadlines;
import org.salwhub.fellowship.api.CallDetails;
import org.salwhub.fellowship.api.CallId;
import org.salwhub.fellowship.api.CallPhase;
import org.salwhub.fellowship.api.CallPhaseKind;
import org.salwhub.fellowship.api.CallStatus;
import org.salwhub.fellowship.api.CallView;
import org.salwhub.fellowship.api.FellowshipLetter;
import org.salwhub.fellowship.api.NominationAgeBand;
import org.salwhub.fellowship.api.NominationApplication;
import org.salwhub.fellowship.api.NominationId;
import org.salwhub.fellowship.api.NominationStatus;
import org.salwhub.fellowship.api.NominationView;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.directory.AgencyType;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.directory.Sex;
import org.salwhub.registry.api.kernel.LocalizedText;

/** Certificates and visa letters render in every language, Arabic names included, with the font embedded. */
class FellowshipPdfsTest {

    final LocalDate start = LocalDate.of(2027, 3, 1);
    final CallView call = new CallView(CallId.random(), new CallDetails("SALW Fellowship 2027", "Tracing", null, 12,
            List.of("en"), null, 2, 50, 80, new CallDeadlines(start.minusDays(60), null, null, null), 2,
            List.of(new CallPhase(CallPhaseKind.ONLINE, "Online", start, start.plusDays(30), null),
                    new CallPhase(CallPhaseKind.IN_PERSON, "Residential", start.plusDays(40), start.plusDays(50),
                            "Nairobi")), List.of(), null), CallStatus.COHORT_RUNNING, 1, 3);
    final NominationView amal = new NominationView(NominationId.random(), call.id(), UUID.randomUUID(),
            PersonId.random(), "أمل عثمان", "Amal Osman", new NominationApplication("Head of unit",
            "Sudan Police Forces", AgencyType.LAW_ENFORCEMENT, null, 10, null, List.of("ar"), Sex.FEMALE,
            NominationAgeBand.FROM_30_TO_39), "nv.pdf", 100, true, List.of(), false, null, NominationStatus.ACCEPTED,
            "ok", null, null, true, "fp.sudan", Instant.now(), 2);
    final StateView sudan = new StateView(new StateId(amal.stateId()), "SD", "SDN",
            new LocalizedText("Sudan", "Soudan", "السودان"), true, null, 0, null, null, null, true);

    @Test
    void aCertificateInEveryLanguageWithTheFontEmbedded() throws IOException {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("ar"))) {
            byte[] pdf = FellowshipPdfs.certificate(new FellowshipLetter(call, amal), sudan, locale);
            assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
            String raw = new String(pdf, StandardCharsets.ISO_8859_1);
            assertTrue(raw.contains("DejaVuSans") && raw.contains("/FontFile2"), "the font is embedded");
            String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
            assertTrue(text.contains("Amal Osman"), text);
            assertFalse(text.isBlank());
        }
    }

    @Test
    void theVisaLetterNamesTheVenueAndTheDates() throws IOException {
        byte[] pdf = FellowshipPdfs.visaInvitation(new FellowshipLetter(call, amal), sudan, Locale.ENGLISH);
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertTrue(text.contains("Nairobi"), text);
        assertTrue(text.contains("Sudan Police Forces"), text);
    }
}
