package org.salwhub.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.salwhub.assistance.api.project.IatiImportNote;
import org.salwhub.assistance.api.project.IatiImportNote.Kind;
import org.salwhub.assistance.api.project.ProjectStatus;

/** Every note of the IATI import preview has a text in each language, with its details in the reader's words. */
class IatiTextsTest {

    static final Locale FRENCH = Locale.forLanguageTag("fr");
    static final Locale ARABIC = Locale.forLanguageTag("ar");

    @Test
    void everyKindOfNoteHasATextInEveryLanguageWithItsDetailsFilledIn() {
        List<String> problems = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            IatiImportNote note = IatiImportNote.of(kind, "11", LocalDate.of(2025, 3, 20), new BigDecimal("250000"),
                    "EUR");
            for (Locale locale : List.of(Locale.ENGLISH, FRENCH, ARABIC)) {
                String text = IatiTexts.note(note, locale);
                if (text.startsWith("project.iati.note.") || text.matches(".*\\{\\d.*")) {
                    problems.add(kind + " in " + locale + ": " + text);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void transactionTypesStatusesDatesAndLanguagesAreInWords() {
        String incoming = IatiTexts.note(IatiImportNote.of(Kind.INCOMING_TRANSACTION, "11", LocalDate.of(2025, 3, 20),
                new BigDecimal("250000"), "EUR"), Locale.ENGLISH);
        assertTrue(incoming.startsWith("The transaction “Incoming commitment” of March 20, 2025 (250,000 EUR)"),
                incoming);
        String french = IatiTexts.note(IatiImportNote.of(Kind.INCOMING_TRANSACTION, "1", LocalDate.of(2025, 7, 1),
                new BigDecimal("125000"), "EUR"), FRENCH);
        assertTrue(french.contains("« Fonds reçus » du 1 juillet 2025"), french);
        String status = IatiTexts.note(IatiImportNote.of(Kind.STATUS, ProjectStatus.CLOSED,
                ProjectStatus.FINALISATION), Locale.ENGLISH);
        assertTrue(status.startsWith("The file gives the status Closed; the project is imported as Finalisation"),
                status);
        String languages = IatiTexts.note(IatiImportNote.of(Kind.LANGUAGES, "de, it"), FRENCH);
        assertTrue(languages.startsWith("Les textes en Allemand, Italien"), languages);
        assertEquals("The activity has no title in English, French or Arabic (only in: German).",
                IatiTexts.problem("project.iati.noTitle", List.of("de"), Locale.ENGLISH));
        assertEquals("", IatiTexts.problem(null, List.of(), Locale.ENGLISH));
        String unknownType = IatiTexts.transactionType("99", Locale.ENGLISH);
        assertEquals("99", unknownType, "a code without a name stays a code");
        assertFalse(IatiTexts.problem("project.iati.onlyRegion", List.of("1027"), ARABIC).contains("{0}"));
        String year = IatiTexts.note(IatiImportNote.of(Kind.BUDGET_YEAR, LocalDate.of(2023, 7, 1),
                LocalDate.of(2024, 6, 30), "2023"), Locale.ENGLISH);
        assertTrue(year.endsWith("it is recorded for 2023, the year it starts."), "a year is not 2,023: " + year);
    }

    @Test
    void anOrganisationFoundInTheRegistryIsNamedInTheReadersLanguage() {
        IatiImportNote note = IatiImportNote.of(Kind.ORGANISATION_BY_IATI_IDENTIFIER, "Auswärtiges Amt (XM-DAC-5-7)",
                new org.salwhub.registry.api.kernel.LocalizedText("German Federal Foreign Office",
                        "Ministère fédéral des Affaires étrangères (Allemagne)", "وزارة الخارجية الاتحادية الألمانية"));
        assertEquals("Auswärtiges Amt (XM-DAC-5-7) is the registry’s German Federal Foreign Office, found by its IATI"
                + " organisation identifier.", IatiTexts.note(note, Locale.ENGLISH));
        assertTrue(IatiTexts.note(note, FRENCH).startsWith("Auswärtiges Amt (XM-DAC-5-7) est l’organisation Ministère"
                + " fédéral des Affaires étrangères (Allemagne) du registre"), IatiTexts.note(note, FRENCH));
        assertTrue(IatiTexts.note(note, ARABIC).contains("وزارة الخارجية الاتحادية الألمانية"),
                IatiTexts.note(note, ARABIC));
    }
}
