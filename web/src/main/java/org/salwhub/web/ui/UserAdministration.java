package org.salwhub.web.ui;

import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.salwhub.registry.api.OrganisationView;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.directory.PersonView;
import org.salwhub.registry.api.kernel.Role;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.security.AccountChange;
import org.salwhub.web.security.AccountView;
import org.salwhub.web.security.Accounts;
import org.salwhub.web.security.CreatedAccount;
import org.salwhub.web.security.NewAccount;
import org.salwhub.web.security.PasswordReset;
import org.salwhub.web.ui.registry.PersonChoices;
import org.salwhub.web.ui.registry.PersonOption;

/**
 * An administrator manages accounts: create, change roles and scope (a focal point's State, a donor's organisation,
 * a fellow's registry person, found in the directory by name or e-mail), disable, unlock, reset a password.
 */
@Named
@ViewScoped
public class UserAdministration implements Serializable {

    @Inject
    Clock clock;

    private static final long serialVersionUID = 1L;
    private static final String FORM = "userForm:";

    @Inject
    Accounts accounts;

    @Inject
    RegistryFacade registry;

    @Inject
    DirectoryFacade directory;

    @Inject
    FacesErrors errors;

    /** The registry persons offered as the one a fellow's account acts for. */
    private final PersonChoices persons = new PersonChoices();

    private String search;
    private String oneTimePassword;
    private String oneTimePasswordFor;
    /** After a reset: how many API tokens of the account it revoked; null after creating an account. */
    private Integer revokedTokens;

    // the account being edited; id == null for a new one
    private String id;
    private long version;
    private String username;
    private String displayName;
    private String email;
    private Role[] roles = new Role[0];
    private String stateId;
    private String organisationId;
    private PersonOption person;
    private String preferredLanguage;

    private final LazyDataModel<AccountView> users = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) accounts.count(search);
        }

        @Override
        public List<AccountView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
            return accounts.list(search, first, pageSize);
        }

        @Override
        public String getRowKey(AccountView account) {
            return account.id();
        }

        @Override
        public AccountView getRowData(String rowKey) {
            return null;
        }
    };

    public void startCreate() {
        id = null;
        version = 0;
        username = null;
        displayName = null;
        email = null;
        roles = new Role[0];
        stateId = null;
        organisationId = null;
        person = null;
        preferredLanguage = "en";
    }

    public void startEdit(AccountView account) {
        id = account.id();
        version = account.version();
        username = account.username();
        displayName = account.displayName();
        email = account.email();
        roles = account.roles().stream().sorted().toArray(Role[]::new);
        stateId = account.stateId() == null ? null : account.stateId().toString();
        organisationId = account.organisationId() == null ? null : account.organisationId().toString();
        person = account.personId() == null ? null
                : directory.person(new PersonId(account.personId())).map(this::option).orElse(null);
        preferredLanguage = account.preferredLanguage();
    }

    public void save() {
        Map<String, String> fields = Map.of("username", FORM + "username", "displayName", FORM + "displayName",
                "email", FORM + "email", "roles", FORM + "roles", "stateId", FORM + "state",
                "organisationId", FORM + "organisation", "personId", FORM + "person");
        boolean saved = errors.attempt(() -> {
            if (id == null) {
                CreatedAccount created = accounts.create(new NewAccount(username, displayName, email, roleSet(),
                        uuid(stateId), uuid(organisationId), personId(), preferredLanguage, null));
                oneTimePassword = created.oneTimePassword();
                oneTimePasswordFor = created.account().username();
                revokedTokens = null;
            } else {
                accounts.update(new AccountChange(id, displayName, email, roleSet(), uuid(stateId),
                        uuid(organisationId), personId(), version));
                oneTimePassword = null;
                revokedTokens = null;
            }
        }, fields);
        if (saved) {
            Messages.info("users.saved");
            PrimeFaces.current().executeScript("PF('userDialog').hide()");
        } else {
            PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
        }
    }

    public void toggleEnabled(AccountView account) {
        if (errors.attempt(() -> {
            if (account.enabled()) {
                accounts.disable(account.id(), account.version());
            } else {
                accounts.enable(account.id(), account.version());
            }
        }, Map.of())) {
            Messages.info(account.enabled() ? "users.disabled" : "users.enabled", account.username());
        }
    }

    public void unlock(AccountView account) {
        if (errors.attempt(() -> accounts.unlock(account.id()), Map.of())) {
            Messages.info("users.unlocked", account.username());
        }
    }

    /** A one-time password instead of the account's password; the notice also says how many tokens were revoked. */
    public void resetPassword(AccountView account) {
        errors.attempt(() -> {
            PasswordReset reset = accounts.resetPassword(account.id());
            oneTimePassword = reset.oneTimePassword();
            oneTimePasswordFor = reset.account().username();
            revokedTokens = reset.revokedTokens();
        }, Map.of());
    }

    /**
     * The State (focal points), organisation (donors) or registry person (fellows) an account acts for, in the
     * current language.
     */
    public String scopeName(AccountView account) {
        if (account.personId() != null) {
            return directory.person(new PersonId(account.personId())).map(PersonView::displayName).orElse("");
        }
        if (account.stateId() != null) {
            return registry.state(new org.salwhub.registry.api.StateId(account.stateId()))
                    .map(s -> s.name().in(Messages.currentLocale())).orElse("");
        }
        if (account.organisationId() != null) {
            return registry.organisation(new org.salwhub.registry.api.OrganisationId(account.organisationId()))
                    .map(OrganisationView::acronym).orElse("");
        }
        return "";
    }

    public boolean isLocked(AccountView account) {
        return account.locked(Instant.now(clock));
    }

    private Set<Role> roleSet() {
        return roles == null || roles.length == 0 ? Set.of() : EnumSet.copyOf(List.of(roles));
    }

    private static UUID uuid(String value) {
        return value == null || value.isBlank() ? null : UUID.fromString(value);
    }

    public boolean isFocalPointSelected() {
        return roles != null && List.of(roles).contains(Role.FOCAL_POINT);
    }

    public boolean isDonorSelected() {
        return roles != null && List.of(roles).contains(Role.DONOR);
    }

    public boolean isFellowSelected() {
        return roles != null && List.of(roles).contains(Role.FELLOW);
    }

    /** Persons of the directory (with or without a role) whose name or e-mail starts with what was typed. */
    public List<PersonOption> completePerson(String text) {
        if (text == null || text.strip().length() < 2) {
            return List.of();
        }
        return directory.findPersons(text.strip(), null, 12).stream().map(this::option).toList();
    }

    private PersonOption option(PersonView view) {
        String state = view.details().stateId() == null ? null
                : registry.state(new org.salwhub.registry.api.StateId(view.details().stateId()))
                        .map(s -> s.name().in(Messages.currentLocale())).orElse(null);
        return persons.offer(view.id().toString(), view.displayName(), view.details().latinName(), state,
                view.details().email());
    }

    /** Turns the chosen person into its ID in the form and back. */
    public Converter<PersonOption> getPersonConverter() {
        return persons.converter();
    }

    private UUID personId() {
        return person == null ? null : UUID.fromString(person.id());
    }

    public PersonOption getPerson() {
        return person;
    }

    public void setPerson(PersonOption person) {
        this.person = person;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public List<StateView> getMemberStates() {
        return registry.memberStates();
    }

    public List<OrganisationView> getOrganisations() {
        return registry.organisations();
    }

    public LazyDataModel<AccountView> getUsers() {
        return users;
    }

    public boolean isNew() {
        return id == null;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getOneTimePassword() {
        return oneTimePassword;
    }

    public String getOneTimePasswordFor() {
        return oneTimePasswordFor;
    }

    public Integer getRevokedTokens() {
        return revokedTokens;
    }

    public void dismissPassword() {
        oneTimePassword = null;
        oneTimePasswordFor = null;
        revokedTokens = null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
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

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public String getStateId() {
        return stateId;
    }

    public void setStateId(String stateId) {
        this.stateId = stateId;
    }

    public String getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(String organisationId) {
        this.organisationId = organisationId;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }
}
