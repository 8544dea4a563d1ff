package org.salwhub.web.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
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
        List<Locale> asked = acceptable(headers);
        if (!asked.isEmpty() && !"*".equals(asked.get(0).toString())) {
            return Languages.locale(Languages.negotiate(Collections.enumeration(asked)));
        }
        try {
            String preferred = accounts.me().preferredLanguage();
            return Languages.locale(Languages.isSupported(preferred) ? preferred : Languages.DEFAULT);
        } catch (RuntimeException noAccount) {
            return Locale.ENGLISH;
        }
    }

    public static Locale of(HttpHeaders headers) {
        List<Locale> asked = acceptable(headers);
        if (!asked.isEmpty()) {
            return Languages.locale(Languages.negotiate(Collections.enumeration(asked)));
        }
        return Locale.ENGLISH;
    }

    /**
     * The languages of the request's Accept-Language, best first. A malformed header ({@code en;q=abc},
     * {@code ar;q=2}) is read leniently, in the order written, rather than failing the request.
     */
    public static List<Locale> acceptable(HttpHeaders headers) {
        if (headers == null) {
            return List.of();
        }
        List<String> raw = headers.getRequestHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (raw == null || raw.isEmpty()) {
            return List.of();
        }
        try {
            return headers.getAcceptableLanguages();
        } catch (RuntimeException malformed) {
            return lenient(String.join(",", raw));
        }
    }

    /** The language tags of a header, ignoring weights and anything that is not a tag. */
    static List<Locale> lenient(String header) {
        List<Locale> found = new ArrayList<>();
        for (String part : header.split(",")) {
            String tag = part.split(";", 2)[0].trim();
            if (TAG.matcher(tag).matches()) {
                found.add(Locale.forLanguageTag(tag));
            }
        }
        return found;
    }

    private static final Pattern TAG = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");
}
