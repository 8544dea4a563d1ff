package org.salwhub.registry.api.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalizedTextTest {

    private static final LocalizedText KENYA = new LocalizedText("Kenya", "le Kenya", "كينيا");

    @Test
    void answersInEachWorkingLanguage() {
        assertEquals("Kenya", KENYA.in(Locale.ENGLISH));
        assertEquals("le Kenya", KENYA.in(Locale.FRENCH));
        assertEquals("كينيا", KENYA.in(Locale.forLanguageTag("ar")));
    }

    @Test
    void regionalVariantsUseTheirLanguage() {
        assertEquals("le Kenya", KENYA.in(Locale.CANADA_FRENCH));
        assertEquals("كينيا", KENYA.in(Locale.forLanguageTag("ar-SD")));
        assertEquals("Kenya", KENYA.in(Locale.UK));
    }

    @Test
    void otherLanguagesAndNoLocaleFallBackToEnglish() {
        assertEquals("Kenya", KENYA.in(Locale.GERMAN));
        assertEquals("Kenya", KENYA.in(Locale.ROOT));
        assertEquals("Kenya", KENYA.in(null));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void missingTranslationsFallBackToEnglish(String missing) {
        LocalizedText text = new LocalizedText("Small Arms Survey", missing, missing);
        assertEquals("Small Arms Survey", text.in(Locale.FRENCH));
        assertEquals("Small Arms Survey", text.in(Locale.forLanguageTag("ar")));
    }

    @Test
    void oneMissingTranslationDoesNotAffectTheOther() {
        LocalizedText text = new LocalizedText("Sudan", null, "السودان");
        assertEquals("Sudan", text.in(Locale.FRENCH));
        assertEquals("السودان", text.in(Locale.forLanguageTag("ar")));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void englishIsRequired(String english) {
        assertThrows(IllegalArgumentException.class, () -> new LocalizedText(english, "Kenya", "كينيا"));
    }
}
