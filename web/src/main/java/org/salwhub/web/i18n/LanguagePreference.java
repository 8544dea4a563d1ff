package org.salwhub.web.i18n;

/**
 * Remembers the language a signed-in user chose, on their profile. Implemented
 * where accounts live (the security package), so that i18n does not depend on it.
 */
public interface LanguagePreference {

    /** Saves {@code language} on the signed-in user's profile; does nothing for anonymous callers. */
    void remember(String language);
}
