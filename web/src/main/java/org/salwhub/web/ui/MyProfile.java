package org.salwhub.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.salwhub.web.i18n.LanguageSelection;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.security.AccountView;
import org.salwhub.web.security.Accounts;
import org.salwhub.web.security.IssuedToken;
import org.salwhub.web.security.ProfileChange;
import org.salwhub.web.security.TokenView;

/** A user's own profile: name, e-mail, language, password and API tokens. */
@Named
@ViewScoped
public class MyProfile implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    FacesErrors errors;

    @Inject
    LanguageSelection language;

    private AccountView account;
    private String displayName;
    private String email;
    private String preferredLanguage;
    private long version;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;

    private String tokenName;
    private String newTokenSecret;
    private List<TokenView> tokens;

    @PostConstruct
    void load() {
        account = accounts.me();
        displayName = account.displayName();
        email = account.email();
        preferredLanguage = account.preferredLanguage();
        version = account.version();
    }

    public void saveProfile() {
        if (errors.attempt(() -> account = accounts.updateMyProfile(
                        new ProfileChange(displayName, email, preferredLanguage, version)),
                Map.of("displayName", "profileForm:displayName", "email", "profileForm:email"))) {
            version = account.version();
            language.adopt(account.preferredLanguage());
            Messages.info("profile.saved");
        }
    }

    public void changePassword() {
        if (newPassword == null || !newPassword.equals(repeatPassword)) {
            Messages.add(jakarta.faces.application.FacesMessage.SEVERITY_ERROR, "passwordForm:repeatPassword",
                    Messages.text(Messages.currentLocale(), "error.password.mismatch"));
            return;
        }
        if (errors.attempt(() -> accounts.changeMyPassword(currentPassword, newPassword),
                Map.of("currentPassword", "passwordForm:currentPassword", "newPassword", "passwordForm:newPassword"))) {
            account = accounts.me();
            version = account.version();
            Messages.info("profile.passwordChanged");
        }
        currentPassword = null;
        newPassword = null;
        repeatPassword = null;
    }

    public void createToken() {
        errors.attempt(() -> {
            IssuedToken issued = accounts.createToken(tokenName);
            newTokenSecret = issued.secret();
            tokenName = null;
            tokens = null;
        }, Map.of("name", "tokenForm:tokenName"));
    }

    public void revoke(TokenView token) {
        if (errors.attempt(() -> accounts.revokeToken(token.id()), Map.of())) {
            tokens = null;
            Messages.info("tokens.revoked", token.name());
        }
    }

    public List<TokenView> getTokens() {
        if (tokens == null) {
            tokens = accounts.myTokens();
        }
        return tokens;
    }

    public AccountView getAccount() {
        return account;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    public String getNewTokenSecret() {
        return newTokenSecret;
    }
}
