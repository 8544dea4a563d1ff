package org.salwhub.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormatsTest {

    private static final Locale EN = Locale.forLanguageTag("en");
    private static final Locale FR = Locale.forLanguageTag("fr");
    private static final Locale AR = Locale.forLanguageTag("ar");
    private static final BigDecimal AMOUNT = new BigDecimal("1234.5");

    /** CLDR uses no-break, narrow no-break and thin spaces and bidi marks; compare on plain spaces. */
    private static String plain(String text) {
        return text.replaceAll("[\\u00A0\\u202F\\u2009]", " ").replaceAll("[\\u200E\\u200F\\u061C]", "");
    }

    /** The decimal digits of a text, in any script (Arabic-Indic digits included), as ASCII. */
    private static String digits(String text) {
        StringBuilder digits = new StringBuilder();
        text.codePoints().filter(Character::isDigit).forEach(cp -> digits.append(Character.digit(cp, 10)));
        return digits.toString();
    }

    private static boolean hasArabicScript(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC);
    }

    @Test
    void eurosInEachLanguage() {
        String en = Formats.money(AMOUNT, "EUR", EN);
        String fr = Formats.money(AMOUNT, "EUR", FR);
        String ar = Formats.money(AMOUNT, "EUR", AR);
        assertEquals("€1,234.50", en);
        assertEquals("1 234,50 €", plain(fr));
        assertTrue(ar.contains("€"), ar);
        assertEquals("123450", digits(ar), ar);
        assertNotEquals(en, plain(fr));
        assertNotEquals(en, ar);
        assertNotEquals(plain(fr), plain(ar));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "ar"})
    void kenyanShillingsHaveTwoDecimals(String language) {
        String kes = Formats.money(AMOUNT, "KES", Locale.forLanguageTag(language));
        assertEquals("123450", digits(kes), kes);
        assertTrue(kes.contains("KES") || kes.contains("Ksh"), kes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "ar"})
    void yenHaveNoDecimals(String language) {
        String jpy = Formats.money(new BigDecimal("1234.40"), "JPY", Locale.forLanguageTag(language));
        assertEquals("1234", digits(jpy), jpy);
    }

    @Test
    void yenInEnglishAndFrench() {
        assertEquals("¥1,234", Formats.money(new BigDecimal("1234"), "JPY", EN));
        assertEquals("1 234 JPY", plain(Formats.money(new BigDecimal("1234"), "JPY", FR)));
    }

    @Test
    void aCurrencyWithThreeDecimals() {
        assertEquals("1234500", digits(Formats.money(AMOUNT, "KWD", EN)));
    }

    @Test
    void formattingYenDoesNotChangeTheNextEuroAmount() {
        Formats.money(AMOUNT, "JPY", EN);
        assertEquals("€1,234.50", Formats.money(AMOUNT, "EUR", EN));
    }

    @Test
    void arabicMoneyIsWrittenTheArabicWay() {
        String en = Formats.money(AMOUNT, "USD", EN);
        String ar = Formats.money(AMOUNT, "USD", AR);
        assertEquals("$1,234.50", en);
        assertNotEquals(en, ar);
        assertEquals("123450", digits(ar));
    }

    @Test
    void noAmountIsAnEmptyText() {
        assertEquals("", Formats.money(null, "EUR", EN));
        assertEquals("", Formats.date(null, FR));
        assertEquals("", Formats.dateTime(null, AR, ZoneOffset.UTC));
    }

    @Test
    void longDatesInEachLanguage() {
        LocalDate date = LocalDate.of(2025, 3, 14);
        String en = Formats.date(date, EN);
        String fr = Formats.date(date, FR);
        String ar = Formats.date(date, AR);
        assertEquals("March 14, 2025", en);
        assertEquals("14 mars 2025", plain(fr));
        assertTrue(ar.contains("مارس"), ar);
        assertTrue(hasArabicScript(ar), ar);
        assertEquals("142025", digits(ar));
        assertNotEquals(en, ar);
    }

    @Test
    void dateTimesAreShownInTheGivenZone() {
        Instant lateInUtc = Instant.parse("2025-03-14T23:30:00Z");
        assertTrue(plain(Formats.dateTime(lateInUtc, EN, ZoneOffset.UTC)).startsWith("Mar 14, 2025"));
        assertTrue(plain(Formats.dateTime(lateInUtc, EN, ZoneId.of("Africa/Nairobi"))).startsWith("Mar 15, 2025"));
        String fr = plain(Formats.dateTime(lateInUtc, FR, ZoneId.of("Africa/Nairobi")));
        assertTrue(fr.startsWith("15 mars 2025"), fr);
        assertTrue(fr.contains("02:30"), fr);
        assertTrue(hasArabicScript(Formats.dateTime(lateInUtc, AR, ZoneOffset.UTC)));
    }
}
