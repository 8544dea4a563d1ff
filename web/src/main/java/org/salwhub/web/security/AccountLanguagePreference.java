package org.salwhub.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.salwhub.web.i18n.LanguagePreference;

/** Saves a language choice on the signed-in user's account. */
@ApplicationScoped
public class AccountLanguagePreference implements LanguagePreference {

    @Inject
    Accounts accounts;

    @Override
    public void remember(String language) {
        accounts.chooseLanguage(language);
    }
}
