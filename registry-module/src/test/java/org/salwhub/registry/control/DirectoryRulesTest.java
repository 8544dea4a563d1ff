package org.salwhub.registry.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.salwhub.registry.api.kernel.FieldError;

/** The directory's rules that need no database: the screens, the API and the CSV import share them. */
class DirectoryRulesTest {

    /** Any day will do: the rule is relative to the day it is given. */
    private static final LocalDate TODAY = LocalDate.of(2026, 2, 28);


    @Test
    void arabicScript() {
        assertTrue(DirectoryRules.containsArabic("خالد إبراهيم"));
        assertTrue(DirectoryRules.containsArabic("Omar عبد الرحمن"));
        assertFalse(DirectoryRules.containsArabic("Niyonzíma"));
        assertFalse(DirectoryRules.containsArabic(null));
    }

    @Test
    void emailAddresses() {
        List<FieldError> errors = new ArrayList<>();
        DirectoryRules.email("n.kamau@knfp.example", "email", errors);
        DirectoryRules.email(" ", "email", errors);
        DirectoryRules.email(null, "email", errors);
        assertEquals(List.of(), errors);
        DirectoryRules.email("not-an-address", "email", errors);
        DirectoryRules.email("a@b", "alternateEmail", errors);
        DirectoryRules.email("x".repeat(250) + "@example.org", "email", errors);
        assertEquals(List.of(FieldError.of("email", "email.format"), FieldError.of("alternateEmail", "email.format"),
                FieldError.of("email", "email.format")), errors);
    }

    @Test
    void rolesStartAtMostAYearAhead() {
        List<FieldError> errors = new ArrayList<>();
        DirectoryRules.checkRoleStart(TODAY.plusYears(1), TODAY, errors);
        DirectoryRules.checkRoleStart(LocalDate.of(2001, 7, 20), TODAY, errors);
        assertEquals(List.of(), errors);
        DirectoryRules.checkRoleStart(TODAY.plusYears(1).plusDays(1), TODAY, errors);
        DirectoryRules.checkRoleStart(null, TODAY, errors);
        assertEquals(List.of(FieldError.of("validFrom", "date.tooFarAhead"), FieldError.of("validFrom", "required")),
                errors);
    }

    @Test
    void lengthsAndLanguages() {
        List<FieldError> errors = new ArrayList<>();
        DirectoryRules.tooLong(" " + "a".repeat(40) + " ", "honorific", 40, errors);
        assertEquals(List.of(), errors, "measured without surrounding spaces");
        DirectoryRules.tooLong("a".repeat(41), "honorific", 40, errors);
        assertEquals(List.of(FieldError.of("honorific", "tooLong", 40)), errors);
        assertTrue(DirectoryRules.isLanguageCode("sw"));
        assertFalse(DirectoryRules.isLanguageCode("EN"));
        assertFalse(DirectoryRules.isLanguageCode("xx"));
    }
}
