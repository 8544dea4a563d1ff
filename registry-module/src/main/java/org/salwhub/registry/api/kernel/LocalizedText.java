package org.salwhub.registry.api.kernel;

import java.util.Locale;

/** A text in the three working languages; French and Arabic fall back to English. */
public record LocalizedText(String en, String fr, String ar) {

    public LocalizedText {
        if (en == null || en.isBlank()) {
            throw new IllegalArgumentException("an English text is required");
        }
    }

    public String in(Locale locale) {
        String lang = locale == null ? "en" : locale.getLanguage();
        String text = switch (lang) {
            case "fr" -> fr;
            case "ar" -> ar;
            default -> en;
        };
        return text == null || text.isBlank() ? en : text;
    }
}
