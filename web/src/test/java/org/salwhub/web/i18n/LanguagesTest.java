package org.salwhub.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguagesTest {

    /** Accept-Language as the servlet container hands it over: preferred first. */
    private static String negotiate(String... tags) {
        return Languages.negotiate(Collections.enumeration(
                java.util.Arrays.stream(tags).map(Locale::forLanguageTag).toList()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "'fr', fr",
            "'ar', ar",
            "'en', en",
            "'fr-CA,en-GB', fr",
            "'ar-SD,fr', ar",
            "'de,fr,ar', fr",
            "'es,ar,fr', ar",
            "'en-US,fr', en",
            "'sw,de', en",
            "'zh-Hant-TW', en"})
    void firstSupportedLanguageInTheBrowsersOrder(String acceptLanguage, String expected) {
        assertEquals(expected, negotiate(acceptLanguage.split(",")));
    }

    @Test
    void noPreferenceMeansEnglish() {
        assertEquals("en", negotiate());
        assertEquals("en", Languages.negotiate(null));
        assertEquals("en", Languages.DEFAULT);
    }

    @Test
    void theThreeWorkingLanguages() {
        assertEquals(List.of("en", "fr", "ar"), Languages.SUPPORTED);
        assertTrue(Languages.isSupported("fr"));
        assertFalse(Languages.isSupported("FR"));
        assertFalse(Languages.isSupported("fr-FR"));
        assertFalse(Languages.isSupported("de"));
        assertFalse(Languages.isSupported(""));
        assertFalse(Languages.isSupported(null));
    }

    @Test
    void onlyArabicIsRightToLeft() {
        assertTrue(Languages.isRightToLeft("ar"));
        assertFalse(Languages.isRightToLeft("en"));
        assertFalse(Languages.isRightToLeft("fr"));
        assertFalse(Languages.isRightToLeft("he")); // not a working language: shown in English, left to right
        assertFalse(Languages.isRightToLeft(null));
    }

    @Test
    void unsupportedLanguagesGetTheEnglishLocale() {
        assertEquals(Locale.forLanguageTag("fr"), Languages.locale("fr"));
        assertEquals(Locale.forLanguageTag("ar"), Languages.locale("ar"));
        assertEquals(Locale.ENGLISH, Languages.locale("de"));
        assertEquals(Locale.ENGLISH, Languages.locale(null));
    }
}
