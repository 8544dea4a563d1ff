package org.salwhub.web.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Collections;
import java.util.Locale;
import org.salwhub.web.i18n.Languages;

/** The language an API response is written in: the best supported match of Accept-Language, else English. */
public final class RequestLanguage {

    private RequestLanguage() {
    }

    /**
     * The language an explicit Accept-Language asks for; without one (or with {@code *}) the caller's own saved
     * language, else English.
     */
    public static Locale ofRequestOrCaller(HttpHeaders headers, org.salwhub.web.security.Accounts accounts) {
        if (headers != null && headers.getRequestHeader(HttpHeaders.ACCEPT_LANGUAGE) != null
                && !headers.getAcceptableLanguages().isEmpty()
                && !"*".equals(headers.getAcceptableLanguages().get(0).toString())) {
            return of(headers);
        }
        try {
            String preferred = accounts.me().preferredLanguage();
            return Languages.locale(Languages.isSupported(preferred) ? preferred : Languages.DEFAULT);
        } catch (RuntimeException noAccount) {
            return Locale.ENGLISH;
        }
    }

    public static Locale of(HttpHeaders headers) {
        if (headers != null && !headers.getAcceptableLanguages().isEmpty()) {
            return Languages.locale(Languages.negotiate(Collections.enumeration(headers.getAcceptableLanguages())));
        }
        return Locale.ENGLISH;
    }
}
