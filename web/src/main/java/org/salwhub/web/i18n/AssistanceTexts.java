package org.salwhub.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.salwhub.assistance.api.AssistanceReferenceFacade;
import org.salwhub.assistance.api.Reason;
import org.salwhub.assistance.api.TermView;
import org.salwhub.assistance.api.Warning;

/**
 * The assistance module's codes and explanations in words: vocabulary labels, language names, and the matching
 * engine's reasons and the duplicate warnings rendered from their message keys in the reader's language. The
 * screens and the API use the same texts.
 */
@RequestScoped
public class AssistanceTexts {

    @Inject
    AssistanceReferenceFacade reference;

    private Map<String, TermView> terms;

    private Map<String, TermView> terms() {
        if (terms == null) {
            terms = new HashMap<>();
            reference.terms(null, true).forEach(t -> terms.put(t.code(), t));
        }
        return terms;
    }

    /** A vocabulary term's label, or the code itself when it is no term. */
    public String term(String code, Locale locale) {
        TermView term = code == null ? null : terms().get(code);
        return term == null ? String.valueOf(code) : term.label().in(locale);
    }

    public String terms(Collection<String> codes, Locale locale) {
        return codes == null ? "" : join(codes.stream().map(c -> term(c, locale)).toList(), locale);
    }

    /** A language's name from its ISO 639 code, in the reader's language. */
    public static String language(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        if (name.isBlank() || name.equals(code)) {
            return code;
        }
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    public static String join(List<String> parts, Locale locale) {
        return String.join("ar".equals(locale.getLanguage()) ? "، " : ", ", parts);
    }

    /** One reason of a candidate's score, in words. */
    public String reason(Reason reason, Locale locale) {
        return Messages.text(locale, reason.messageKey(), reason.args().stream().map(a -> argument(a, locale))
                .toArray());
    }

    /** A duplicate-funding warning in words. */
    public String warning(Warning warning, Locale locale) {
        return Messages.text(locale, "warning." + warning.code(), warning.args().stream()
                .map(a -> argument(a, locale)).toArray());
    }

    private Object argument(Object value, Locale locale) {
        if (value instanceof Collection<?> list) {
            return join(list.stream().map(v -> String.valueOf(argument(v, locale))).toList(), locale);
        }
        if (value instanceof java.math.BigDecimal amount) {
            return java.text.NumberFormat.getIntegerInstance(locale).format(amount);
        }
        if (value instanceof String text) {
            if (terms().containsKey(text)) {
                return term(text, locale);
            }
            if (text.contains(", ") && java.util.Arrays.stream(text.split(", ")).allMatch(terms()::containsKey)) {
                return terms(List.of(text.split(", ")), locale);
            }
            if (text.matches("[a-z]{2,3}")) {
                return language(text, locale);
            }
        }
        return value;
    }
}
