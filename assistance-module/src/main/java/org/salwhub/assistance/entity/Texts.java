package org.salwhub.assistance.entity;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.salwhub.assistance.api.LineInput;
import org.salwhub.registry.api.kernel.FieldError;

/** The field checks needs and offers share. */
final class Texts {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999.99");

    private Texts() {
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    static String currency(String code) {
        return code == null || code.isBlank() ? null : code.trim().toUpperCase(Locale.ROOT);
    }

    static void required(List<FieldError> errors, String field, String text, int max) {
        if (text == null || text.isBlank()) {
            errors.add(FieldError.of(field, "required"));
        } else {
            max(errors, field, text, max);
        }
    }

    static void max(List<FieldError> errors, String field, String text, int max) {
        if (text != null && text.trim().length() > max) {
            errors.add(FieldError.of(field, "tooLong", max));
        }
    }

    static void link(List<FieldError> errors, String field, String link) {
        String text = clean(link);
        if (text == null) {
            return;
        }
        if (text.length() > 500) {
            errors.add(FieldError.of(field, "tooLong", 500));
            return;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                errors.add(FieldError.of(field, "url.format"));
            }
        } catch (URISyntaxException e) {
            errors.add(FieldError.of(field, "url.format"));
        }
    }

    /**
     * Money is kept to the cent (two decimal places in the database): an amount with finer parts, such as
     * {@code 1e-300}, would be stored rounded (as 0), so it is refused instead.
     */
    static boolean inCents(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= 2;
    }

    static void money(List<FieldError> errors, String field, BigDecimal amount, String currency) {
        if (amount != null && (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0 || !inCents(amount))) {
            errors.add(FieldError.of(field, "amount.range"));
        }
        String code = currency(currency);
        if (code != null && !code.matches("[A-Z]{3}")) {
            errors.add(FieldError.of("currency", "currency.format"));
        }
        if (amount != null && code == null) {
            errors.add(FieldError.of("currency", "required"));
        }
    }

    static void lines(List<FieldError> errors, List<LineInput> lines) {
        for (int i = 0; i < lines.size(); i++) {
            LineInput line = lines.get(i);
            String item = "lines[" + i + "].itemCode";
            String quantity = "lines[" + i + "].quantity";
            if (line == null || line.itemCode() == null || line.itemCode().isBlank()) {
                errors.add(FieldError.of(item, "required"));
                continue;
            }
            if (line.quantity() == null || line.quantity() < 1 || line.quantity() > Need.MAX_QUANTITY) {
                errors.add(FieldError.of(quantity, "quantity.range", Need.MAX_QUANTITY));
            }
            max(errors, "lines[" + i + "].note", line.note(), ItemLine.NOTE_MAX);
            final String code = line.itemCode().trim();
            if (lines.subList(0, i).stream().anyMatch(other -> other != null && other.itemCode() != null
                    && other.itemCode().trim().equals(code))) {
                errors.add(FieldError.of(item, "lines.duplicate", code));
            }
        }
    }

    static void languages(List<FieldError> errors, Set<String> languages) {
        for (String language : languages) {
            if (language == null || !language.trim().matches("[a-zA-Z]{2,3}")) {
                errors.add(FieldError.of("languages", "language.format", language));
            }
        }
        if (CodeList.join(languages).length() > 100) {
            errors.add(FieldError.of("languages", "tooLong", 100));
        }
    }
}
