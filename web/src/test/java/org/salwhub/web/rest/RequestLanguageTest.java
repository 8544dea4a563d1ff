package org.salwhub.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A malformed Accept-Language is read for its language tags, in the order written, instead of failing. */
class RequestLanguageTest {

    @Test
    void weightsThatCannotBeReadAreIgnored() {
        assertEquals(List.of(Locale.ENGLISH), RequestLanguage.lenient("en;q=abc"));
        assertEquals(List.of(Locale.forLanguageTag("ar")), RequestLanguage.lenient("ar;q=2"));
        assertEquals(List.of(Locale.FRENCH, Locale.forLanguageTag("ar")),
                RequestLanguage.lenient("fr;q=0.5;q=x, ar"));
        assertEquals(List.of(Locale.forLanguageTag("fr-CA")), RequestLanguage.lenient(" fr-CA ;q=0.1"));
    }

    @Test
    void whatIsNotALanguageTagIsLeftOut() {
        assertEquals(List.of(), RequestLanguage.lenient(";;;"));
        assertEquals(List.of(), RequestLanguage.lenient("*, <script>, 12"));
        assertEquals(List.of(Locale.ENGLISH), RequestLanguage.lenient("en-, en"));
    }
}
