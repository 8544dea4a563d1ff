package org.salwhub.assistance.api.project;

import java.util.List;

/**
 * Something of a donor's IATI activity that the import leaves out or reads in its own way, and why; shown in the
 * preview before anything is imported. {@code args} are the details the text names (codes, dates, amounts,
 * currencies, names, statuses; a registry organisation's names as a {@code LocalizedText}, shown in the reader's
 * language), in the order of the text's placeholders.
 */
public record IatiImportNote(Kind kind, List<Object> args) {

    public IatiImportNote {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static IatiImportNote of(Kind kind, Object... args) {
        return new IatiImportNote(kind, java.util.Arrays.stream(args).map(a -> a == null ? "" : a).toList());
    }

    /** What was left out or read differently. */
    public enum Kind {
        /** Texts in languages other than English, French and Arabic (args: the language codes). */
        LANGUAGES,
        /** Descriptions of other types than general (args: the type codes). */
        DESCRIPTIONS,
        /** A participating organisation with a role SALW Hub does not record, or without name or ref (args: name). */
        PARTICIPANT,
        /** A funding organisation not in the registry, kept by name (args: name, ref). */
        FUNDER_NOT_IN_REGISTRY,
        /** An organisation found in the registry by its IATI organisation identifier (args: name (ref), registry name). */
        ORGANISATION_BY_IATI_IDENTIFIER,
        /** An organisation found in the registry by a name or acronym (args: name (ref), registry name). */
        ORGANISATION_BY_NAME,
        /** An organisation other than a funder not found in the registry, kept by name (args: name (ref)). */
        ORGANISATION_NOT_FOUND,
        /** The planned start was missing; the actual start is used (args: date). */
        PLANNED_START_FROM_ACTUAL,
        /** The status in the file cannot be reached on import (args: status in the file, status imported). */
        STATUS,
        /** Recipient countries' percentages are not kept (args: "KE 60 %, UG 40 %"). */
        COUNTRY_SHARES,
        /** A recipient country not in the registry, left out (args: code). */
        UNKNOWN_COUNTRY,
        /** Recipient regions are not kept (args: region codes). */
        RECIPIENT_REGION,
        /** A sector of another vocabulary, or a code that is no SALW Hub thematic area (args: code, vocabulary). */
        SECTOR,
        /** No thematic area could be taken from the file. */
        NO_THEME,
        /** A budget without period start, value or currency, or not a valid amount (args: period start, end). */
        BUDGET_INCOMPLETE,
        /** A budget over a period other than one calendar year, recorded for its first year (args: start, end, year). */
        BUDGET_YEAR,
        /** Money coming into the activity: incoming funds, commitments or pledges (args: type code, date, amount, currency). */
        INCOMING_TRANSACTION,
        /** A transaction type SALW Hub does not record: interest, loans, equity… (args: type code, date, amount, currency). */
        OTHER_TRANSACTION,
        /** A zero or negative value, e.g. a correction (args: type code, date, amount, currency). */
        TRANSACTION_NOT_POSITIVE,
        /** A transaction without date, value or currency, or too large (args: type code, date). */
        TRANSACTION_INCOMPLETE,
        /** Transactions without a provider: the reporting organisation is taken (args: count, name). */
        PROVIDER_FROM_REPORTING_ORG,
        /** Transactions without a receiver: the implementing organisation is taken (args: count, name). */
        RECEIVER_FROM_IMPLEMENTER,
        /** A result indicator not imported: qualitative, or without numbers or valid periods (args: title). */
        INDICATOR,
        /** Document links are not imported (args: count). */
        DOCUMENT_LINKS,
        /** Elements SALW Hub has no place for (args: element names). */
        UNUSED_ELEMENTS
    }
}
