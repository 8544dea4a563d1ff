package org.salwhub.web.ui.fellowships;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.salwhub.fellowship.api.NominationView;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.web.security.Accounts;
import org.salwhub.web.security.CreatedAccount;
import org.salwhub.web.ui.FacesErrors;

/**
 * On a call's page, staff give nominees an account of their own: which nominees have one, and a new FELLOW account
 * with a one-time password shown once. The nominations are those of {@link FellowshipCallEditor}.
 */
@Named
@ViewScoped
public class NomineeAccounts implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FellowshipCallEditor editor;

    @Inject
    Accounts accounts;

    @Inject
    DirectoryFacade directory;

    @Inject
    FacesErrors errors;

    private transient Map<UUID, String> fellowAccounts;
    private NominationView accountFor;
    private String accountUsername;
    private String oneTimePassword;
    private String oneTimePasswordFor;

    /** The user name of the nominee's own account, or null when they have none. */
    public String accountOf(NominationView nomination) {
        if (fellowAccounts == null) {
            fellowAccounts = accounts.fellowAccounts(editor.getNominations().stream().map(n -> n.personId().value())
                    .collect(Collectors.toSet()));
        }
        return fellowAccounts.get(nomination.personId().value());
    }

    /** Opens the dialog for the nominee's account, with the user name it would get from their e-mail address. */
    public void startAccount(NominationView nomination) {
        accountFor = nomination;
        accountUsername = directory.person(nomination.personId()).map(accounts::suggestUsername).orElse(null);
    }

    public void createAccount() {
        CreatedAccount[] created = new CreatedAccount[1];
        if (errors.attempt(() -> created[0] = accounts.createForNominee(accountFor.id(), accountUsername),
                Map.of("username", "nomineeAccountForm:accountUsername", "personId", "nomineeAccountForm:accountUsername",
                        "email", "nomineeAccountForm:accountUsername"))) {
            oneTimePassword = created[0].oneTimePassword();
            oneTimePasswordFor = created[0].account().username();
            accountFor = null;
            fellowAccounts = null;
            org.primefaces.PrimeFaces.current().executeScript("PF('accountDialog').hide()");
        }
    }

    public void dismissPassword() {
        oneTimePassword = null;
        oneTimePasswordFor = null;
    }

    public NominationView getAccountFor() {
        return accountFor;
    }

    public String getAccountUsername() {
        return accountUsername;
    }

    public void setAccountUsername(String accountUsername) {
        this.accountUsername = accountUsername;
    }

    public String getOneTimePassword() {
        return oneTimePassword;
    }

    public String getOneTimePasswordFor() {
        return oneTimePasswordFor;
    }
}
