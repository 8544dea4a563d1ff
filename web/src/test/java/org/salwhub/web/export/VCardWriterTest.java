package org.salwhub.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class VCardWriterTest {

    @Test
    void textValuesEscapeBackslashCommaSemicolonAndNewLines() {
        assertEquals("a\\,b\\;c\\\\d\\ne\\nf", VCardWriter.text("a,b;c\\d\ne\r\nf"));
        assertEquals("", VCardWriter.text(null));
        assertEquals("عمر عبد الرحمن", VCardWriter.text("عمر عبد الرحمن"));
    }

    @Test
    void longLinesFoldAt75OctetsAndUnfoldToTheOriginal() {
        String line = "NOTE:" + "x".repeat(200);
        String folded = VCardWriter.fold(line);
        assertTrue(folded.endsWith("\r\n"));
        for (String physical : folded.substring(0, folded.length() - 2).split("\r\n")) {
            assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= 75, physical);
        }
        assertEquals(75, folded.split("\r\n")[0].length());
        assertEquals(line + "\r\n", unfold(folded));
    }

    @Test
    void foldingCountsOctetsAndNeverSplitsACharacter() throws CharacterCodingException {
        // Arabic letters take two octets in UTF-8, so a line holds about half as many of them
        String line = "NOTE:" + "جهة الاتصال الوطنية لبرنامج العمل، كينيا، منذ ٢٣ أغسطس ٢٠٢٥ ".repeat(4) + "😀".repeat(10);
        String folded = VCardWriter.fold(line);
        byte[] bytes = folded.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                assertTrue(i - start <= 75, "line of " + (i - start) + " octets");
                // each physical line is valid UTF-8 on its own: no character was cut in two
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, start, i - start));
                start = i + 2;
            }
        }
        assertEquals(line + "\r\n", unfold(folded));
    }

    @Test
    void aCardForAnArabicNameCarriesItsTransliteration() {
        VCard card = new VCard("0f8fad5b-d9cb-469f-a165-70867728950e", "السيد عمر عبد الرحمن", "ar", "Omar Abdelrahman",
                "عبد الرحمن", "عمر", "السيد", "National Commission for Small Arms Control, Sudan", null,
                List.of("PoA national point of contact", "ITI general contact"), List.of("o.abdelrahman@ncsa.example"),
                "+249 183 000 001", null, List.of("ar", "en"), null, "Sudan", "PoA; since 2025\nITI, since 2025");
        String text = write(card);
        assertTrue(text.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"), text);
        assertTrue(text.endsWith("END:VCARD\r\n"), text);
        String unfolded = unfold(text);
        assertTrue(unfolded.contains("\r\nUID:urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e\r\n"), unfolded);
        assertTrue(unfolded.contains("\r\nFN;ALTID=1;LANGUAGE=ar:السيد عمر عبد الرحمن\r\n"), unfolded);
        assertTrue(unfolded.contains("\r\nFN;ALTID=1;LANGUAGE=ar-Latn:Omar Abdelrahman\r\n"), unfolded);
        assertTrue(unfolded.contains("\r\nN;LANGUAGE=ar:عبد الرحمن;عمر;;السيد;\r\n"), unfolded);
        assertTrue(unfolded.contains("\r\nORG:National Commission for Small Arms Control\\, Sudan\r\n"), unfolded);
        assertTrue(unfolded.contains("\r\nROLE:PoA national point of contact\\, ITI general contact\r\n"), unfolded);
        assertTrue(unfolded.contains("\r\nEMAIL;TYPE=work:o.abdelrahman@ncsa.example\r\n"), unfolded);
        assertTrue(unfolded.contains("\r\nTEL;VALUE=uri;TYPE=\"work,voice\":tel:+249-183-000-001\r\n"), unfolded);
        assertTrue(unfolded.contains("\r\nLANG;TYPE=work;PREF=1:ar\r\nLANG;TYPE=work;PREF=2:en\r\n"), unfolded);
        assertTrue(unfolded.contains("\r\nADR;TYPE=work:;;;;;;Sudan\r\n"), unfolded);
        assertTrue(unfolded.contains("\r\nNOTE:PoA\\; since 2025\\nITI\\, since 2025\r\n"), unfolded);
        assertFalse(unfolded.contains("TITLE"), "no title given");
        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
    }

    @Test
    void aLatinNameNeedsNoAlternativeAndALocalNumberStaysText() {
        VCard card = new VCard(null, "Ms. Grace Wanjiru", null, null, "Wanjiru", "Grace", "Ms.", null, "Director",
                List.of(), List.of("g.wanjiru@knfp.example", "grace@example.org"), "020 000 0002", "+254 (0)7 1234",
                List.of(), null, null, null);
        String unfolded = unfold(write(card));
        assertTrue(unfolded.contains("\r\nFN:Ms. Grace Wanjiru\r\n"), unfolded);
        assertTrue(unfolded.contains("\r\nN:Wanjiru;Grace;;Ms.;\r\n"), unfolded);
        assertTrue(unfolded.contains("\r\nTITLE:Director\r\n"), unfolded);
        assertTrue(unfolded.contains("\r\nEMAIL;TYPE=work;PREF=1:g.wanjiru@knfp.example\r\n"
                + "EMAIL;TYPE=work;PREF=2:grace@example.org\r\n"), unfolded);
        assertTrue(unfolded.contains("\r\nTEL;VALUE=text;TYPE=\"work,voice\":020 000 0002\r\n"), unfolded);
        assertTrue(unfolded.contains("\r\nTEL;VALUE=uri;TYPE=\"cell\":tel:+254-7-1234\r\n"), unfolded);
        assertFalse(unfolded.contains("UID"), unfolded);
        assertFalse(unfolded.contains("ADR"), unfolded);
    }

    private static String write(VCard card) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (VCardWriter writer = new VCardWriter(bytes)) {
            writer.write(card);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** RFC 6350, 3.2: a CRLF followed by one space is removed. */
    private static String unfold(String text) {
        return text.replace("\r\n ", "");
    }
}
