package org.salwhub.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.Subregion;
import org.salwhub.registry.api.directory.AgencyId;
import org.salwhub.registry.api.directory.AgencyType;
import org.salwhub.registry.api.directory.AgencyView;
import org.salwhub.registry.api.directory.BodyType;
import org.salwhub.registry.api.directory.ContactRoleId;
import org.salwhub.registry.api.directory.ContactView;
import org.salwhub.registry.api.directory.CoordinationBodyId;
import org.salwhub.registry.api.directory.CoordinationBodyView;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.directory.RoleType;
import org.salwhub.registry.api.directory.VerificationState;
import org.salwhub.registry.api.kernel.LocalizedText;

/** The PDF exports open in a PDF reader and hold the expected text, Arabic names included, in all three languages. */
class DirectoryPdfTest {

    static final StateView SUDAN = new StateView(new StateId(UUID.randomUUID()), "SD", "SDN",
            new LocalizedText("Sudan", "Soudan", "السودان"), true, LocalDate.of(2005, 6, 20), 0, null, null,
            Subregion.NORTHERN_AFRICA, true);
    static final LocalDate DAY = LocalDate.of(2025, 8, 23);

    static ContactView contact(String name, String latin, RoleType role, String email) {
        return new ContactView(ContactRoleId.random(), role, SUDAN.id().value(), null, DAY, null, DAY,
                VerificationState.CURRENT, PersonId.random(), name, latin, email, "+249 183 000 001",
                List.of("ar", "en"), null, "Sudan Police Force", null, null, 0);
    }

    static ContactExports.Labels labels(Locale locale) {
        return new ContactExports.Labels(locale, Map.of(SUDAN.id().value(), SUDAN.name().in(locale)));
    }

    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        // shaped Arabic comes out as presentation forms: compatibility normalisation gives the letters back
        return Normalizer.normalize(text.toString(), Normalizer.Form.NFKC);
    }

    /** Arabic in visual order (as laid out on the page), letters only. */
    static String visual(String arabic) {
        return new StringBuilder(arabic).reverse().toString();
    }

    /** The font dictionaries are not compressed: the embedded subset of the Arabic font is named in the file. */
    static boolean embedsArabicFont(byte[] pdf) {
        String raw = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        return java.util.regex.Pattern.compile("/FontName\\s*/[A-Z]{6}\\+DejaVuSans").matcher(raw).find()
                && raw.contains("/FontFile2");
    }

    @Test
    void theFilteredListOpensAndHoldsEveryRowWithArabicNamesShaped() throws IOException {
        List<ContactView> rows = new ArrayList<>();
        rows.add(contact("عمر عبد الرحمن", "Omar Abdelrahman", RoleType.POA_NPC, "o.abdelrahman@sudan-ncsa.example"));
        for (int i = 0; i < 250; i++) {
            rows.add(contact("Person " + i, null, RoleType.ITI_TRACING, "p" + i + "@example.org"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DirectoryPdf.writeContacts(consumer -> {
            consumer.accept(rows.subList(0, 150));
            consumer.accept(rows.subList(150, rows.size()));
        }, labels(Locale.ENGLISH), out);
        byte[] pdf = out.toByteArray();
        assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        String text = text(pdf);
        keep("directory-list-en.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(text.contains("Focal-point directory"), "title");
        assertTrue(text.contains("Omar Abdelrahman"), "the Latin transliteration");
        assertTrue(text.replace("\n ", "").replace("\n", "").contains("o.abdelrahman@sudan-ncsa.example"), "e-mail");
        assertTrue(text.contains("Person 249"), "the last row of the second page of results");
        assertTrue(text.contains("251"), "the row count");
        assertTrue(text.contains(visual("عمر")) && text.contains(visual("الرحمن")), "the Arabic name: " + text
                .substring(0, Math.min(400, text.length())));
        assertTrue(embedsArabicFont(pdf), "the Arabic font is embedded");
        keep("directory-list-en.pdf", pdf);
    }

    @Test
    void thePrintableDirectoryHasASectionPerSubregionThenStateInArabicToo() throws IOException {
        AgencyView police = new AgencyView(AgencyId.random(), SUDAN.id().value(), null, AgencyType.LAW_ENFORCEMENT,
                "Sudan Police Force", "SPF", 0);
        CoordinationBodyView body = new CoordinationBodyView(CoordinationBodyId.random(), SUDAN.id().value(),
                BodyType.COMMISSION, "National Commission for Small Arms Control", "Council of Ministers decree",
                LocalDate.of(2006, 9, 1), List.of(police.id().value()), 4, 15, 1, 4, 0);
        PrintableDirectory printable = new PrintableDirectory(List.of(new PrintableDirectory.Section(
                Subregion.NORTHERN_AFRICA, List.of(new PrintableDirectory.StateEntry(SUDAN, "Sudan", body,
                List.of(police), List.of(contact("أميرة الطيب", "Amira Eltayeb", RoleType.ITI_TRACING,
                "a.eltayeb@spf.example"))))), new PrintableDirectory.Section(null, List.of())), DAY);

        ByteArrayOutputStream english = new ByteArrayOutputStream();
        DirectoryPdf.writePrintable(printable, labels(Locale.ENGLISH), english);
        String text = text(english.toByteArray());
        keep("printable-en.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (String expected : List.of("Northern Africa", "Sudan", "National Commission for Small Arms Control",
                "Council of Ministers decree", "Sudan Police Force", "ITI tracing contact", "Amira Eltayeb",
                "a.eltayeb@spf.example", "+249 183 000 001")) {
            assertTrue(text.contains(expected), expected + " in: " + text);
        }
        assertTrue(text.contains(visual("أميرة")), "the Arabic name");
        keep("printable-en.pdf", english.toByteArray());

        ByteArrayOutputStream arabic = new ByteArrayOutputStream();
        DirectoryPdf.writePrintable(printable, labels(Locale.forLanguageTag("ar")), arabic);
        byte[] pdf = arabic.toByteArray();
        assertEquals(1, new PdfReader(pdf).getNumberOfPages());
        String arabicText = text(pdf);
        keep("printable-ar.txt", arabicText.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(arabicText.contains(visual("دليل الدول")), "the Arabic title, shaped, in visual order: "
                + arabicText);
        assertTrue(arabicText.contains("+249 183 000 001"), "a telephone number stays left to right: " + arabicText);
        assertTrue(arabicText.contains("a.eltayeb@spf.example"), "Latin runs keep their order in right-to-left text");
        assertTrue(embedsArabicFont(pdf));
        keep("printable-ar.pdf", pdf);

        ByteArrayOutputStream french = new ByteArrayOutputStream();
        DirectoryPdf.writePrintable(printable, labels(Locale.FRENCH), french);
        assertTrue(text(french.toByteArray()).contains("Afrique du Nord"), "French labels with accents");
    }

    /** Kept under target/pdf for a look. */
    static void keep(String name, byte[] pdf) throws IOException {
        Path dir = Path.of("target", "pdf");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), pdf);
    }
}
