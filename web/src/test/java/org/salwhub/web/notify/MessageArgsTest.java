package org.salwhub.web.notify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.salwhub.registry.api.kernel.LocalizedText;

class MessageArgsTest {

    private static final LocalizedText MEETING = new LocalizedText("Regional meeting", "Réunion régionale",
            "اجتماع إقليمي");

    @Test
    void eachReaderGetsTheArgumentsInTheirOwnLanguage() {
        String stored = MessageArgs.encode(List.of(MEETING, LocalDate.of(2027, 3, 5), 1500, "RECSA"));

        Object[] en = MessageArgs.decode(stored, Locale.ENGLISH, ZoneOffset.UTC);
        Object[] fr = MessageArgs.decode(stored, Locale.FRENCH, ZoneOffset.UTC);
        Object[] ar = MessageArgs.decode(stored, new Locale("ar"), ZoneOffset.UTC);

        assertArrayEquals(new Object[] {"Regional meeting", "March 5, 2027", "1,500", "RECSA"}, en);
        assertEquals("Réunion régionale", fr[0]);
        assertEquals("5 mars 2027", fr[1]);
        assertEquals("اجتماع إقليمي", ar[0]);
        assertTrue(((String) ar[1]).contains("٢٠٢٧"), "Arabic-Indic digits in an Arabic date: " + ar[1]);
        assertTrue(((String) ar[2]).contains("١"), "Arabic-Indic digits in an Arabic number: " + ar[2]);
        assertEquals("RECSA", ar[3]);
    }

    @Test
    void instantsShowInTheGivenZoneAndMissingTranslationsFallBackToEnglish() {
        String stored = MessageArgs.encode(List.of(Instant.parse("2027-01-10T08:30:00Z"),
                new LocalizedText("Only English", null, null), new BigDecimal("2.50")));

        Object[] nairobi = MessageArgs.decode(stored, Locale.ENGLISH, java.time.ZoneId.of("Africa/Nairobi"));
        assertTrue(((String) nairobi[0]).contains("11:30"), "08:30 UTC is 11:30 in Nairobi: " + nairobi[0]);
        Object[] fr = MessageArgs.decode(stored, Locale.FRENCH, ZoneOffset.UTC);
        assertEquals("Only English", fr[1]);
        assertEquals("2,5", fr[2]);
    }

    @Test
    void nothingStoredMeansNoArguments() {
        assertEquals(0, MessageArgs.decode(null, Locale.ENGLISH, ZoneOffset.UTC).length);
        assertEquals("[]", MessageArgs.encode(List.of()));
        assertEquals(List.of(""), Arrays.asList(MessageArgs.decode(MessageArgs.encode(Arrays.asList((Object) null)),
                Locale.ENGLISH, ZoneOffset.UTC)));
    }
}
