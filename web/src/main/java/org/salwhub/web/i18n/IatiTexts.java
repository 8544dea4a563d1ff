package org.salwhub.web.i18n;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.salwhub.assistance.api.project.IatiImportNote;
import org.salwhub.assistance.api.project.IatiImportNote.Kind;

/**
 * What an IATI import preview says about an activity, in the reader's language: the problem that keeps it out
 * ({@code error.<code>}) and the notes on what it leaves out ({@code project.iati.note.<KIND>}), with dates,
 * amounts, statuses and IATI transaction types in words. Used by the import screen and the API alike.
 */
public final class IatiTexts {

    /** The notes whose first argument is an IATI transaction type code. */
    private static final Set<Kind> TRANSACTION_NOTES = Set.of(Kind.INCOMING_TRANSACTION, Kind.OTHER_TRANSACTION,
            Kind.TRANSACTION_NOT_POSITIVE, Kind.TRANSACTION_INCOMPLETE);

    private IatiTexts() {
    }

    public static String note(IatiImportNote note, Locale locale) {
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < note.args().size(); i++) {
            Object arg = note.args().get(i);
            if (i == 0 && TRANSACTION_NOTES.contains(note.kind())) {
                args.add(transactionType(String.valueOf(arg), locale));
            } else if (note.kind() == Kind.LANGUAGES) {
                args.add(languages(String.valueOf(arg), locale));
            } else if (note.kind() == Kind.BUDGET_YEAR && i == 2) {
                args.add(year(String.valueOf(arg), locale));
            } else {
                args.add(argument(arg, locale));
            }
        }
        return Messages.text(locale, "project.iati.note." + note.kind().name(), args.toArray());
    }

    /** Why an activity is not imported, or "" when it is. */
    public static String problem(String code, List<Object> args, Locale locale) {
        if (code == null) {
            return "";
        }
        if ("project.iati.noTitle".equals(code) && !args.isEmpty()) {
            return Messages.text(locale, "error." + code, languages(String.valueOf(args.get(0)), locale));
        }
        return Messages.text(locale, "error." + code, args.stream().map(a -> argument(a, locale)).toArray());
    }

    /** A year in the language's digits, without grouping. */
    static String year(String year, Locale locale) {
        try {
            java.text.NumberFormat format = java.text.NumberFormat.getIntegerInstance(locale);
            format.setGroupingUsed(false);
            return format.format(Long.parseLong(year.trim()));
        } catch (NumberFormatException e) {
            return year;
        }
    }

    /** "de, it" as language names in the reader's language. */
    static String languages(String codes, Locale locale) {
        return AssistanceTexts.join(java.util.Arrays.stream(codes.split(",\\s*")).filter(c -> !c.isBlank())
                .map(c -> AssistanceTexts.language(c, locale)).toList(), locale);
    }

    /** An IATI transaction type in words (codelist TransactionType), with its code. */
    public static String transactionType(String code, Locale locale) {
        String key = "project.iati.txType." + code;
        String name = Messages.text(locale, key);
        return name.equals(key) ? code : name;
    }

    static Object argument(Object arg, Locale locale) {
        if (arg instanceof org.salwhub.registry.api.kernel.LocalizedText names) {
            return names.in(locale);
        }
        if (arg instanceof LocalDate day) {
            return Formats.date(day, locale);
        }
        if (arg instanceof BigDecimal || arg instanceof Integer || arg instanceof Long) {
            return Formats.number((Number) arg, locale);
        }
        if (arg instanceof Enum<?> value) {
            String type = value.getDeclaringClass().getSimpleName();
            return Messages.text(locale, Character.toLowerCase(type.charAt(0)) + type.substring(1) + "."
                    + value.name());
        }
        return arg == null ? "" : arg.toString();
    }
}
