package org.salwhub.web.i18n;

import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

/** The working languages of SALW Hub and how a browser's preference maps onto them. */
public final class Languages {

    public static final List<String> SUPPORTED = List.of("en", "fr", "ar");
    public static final String DEFAULT = "en";

    private Languages() {
    }

    public static boolean isSupported(String language) {
        return language != null && SUPPORTED.contains(language);
    }

    /** The first supported language among the browser's preferences (in their order), else English. */
    public static String negotiate(Enumeration<Locale> acceptLanguage) {
        while (acceptLanguage != null && acceptLanguage.hasMoreElements()) {
            String language = acceptLanguage.nextElement().getLanguage();
            if (isSupported(language)) {
                return language;
            }
        }
        return DEFAULT;
    }

    public static boolean isRightToLeft(String language) {
        return "ar".equals(language);
    }

    public static Locale locale(String language) {
        return Locale.forLanguageTag(isSupported(language) ? language : DEFAULT);
    }
}
