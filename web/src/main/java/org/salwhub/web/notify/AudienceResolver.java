package org.salwhub.web.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.directory.PersonView;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.Role;
import org.salwhub.registry.api.notify.Audience;
import org.salwhub.web.i18n.Languages;
import org.salwhub.web.security.AccountLookup;
import org.salwhub.web.security.AccountView;
import org.salwhub.web.security.SystemCalls;

/** Turns an audience, in the modules' terms, into accounts and e-mail addresses; each recipient once. */
@ApplicationScoped
public class AudienceResolver {

    private final AccountLookup accounts;
    private final DirectoryFacade directory;

    @Inject
    public AudienceResolver(AccountLookup accounts, DirectoryFacade directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    protected AudienceResolver() {
        this(null, null);
    }

    public List<Recipient> resolve(Audience audience) {
        Map<String, Recipient> byKey = new LinkedHashMap<>();
        java.util.Set<java.util.UUID> personsWithAccount = new java.util.HashSet<>();
        for (AccountView account : accounts.enabledAccountsFor(audience)) {
            if (reaches(audience, account)) {
                if (account.personId() != null && account.roles().contains(Role.FELLOW)) {
                    personsWithAccount.add(account.personId()); // the fellow's own account stands for them
                }
                String language = Languages.isSupported(account.preferredLanguage()) ? account.preferredLanguage()
                        : Languages.DEFAULT;
                byKey.put("user:" + account.username(), new Recipient(account.username(), account.email(), language));
            }
        }
        if (!audience.persons().isEmpty()) {
            List<PersonId> ids = audience.persons().stream().map(PersonId::new).toList();
            // the registry answers members only; a timer has no signed-in member, so ask as the system
            List<PersonView> persons = SystemCalls.runAs("notifications", () -> directory.persons(ids));
            for (PersonView person : persons) {
                String email = person.details().email();
                boolean known = personsWithAccount.contains(person.id().value()) || email != null && byKey.values()
                        .stream().anyMatch(r -> email.equalsIgnoreCase(r.email()));
                if (email != null && !person.anonymised() && !known) {
                    byKey.put("person:" + person.id(), new Recipient(null, email, languageOf(person)));
                }
            }
        }
        return List.copyOf(byKey.values());
    }

    static boolean reaches(Audience audience, AccountView account) {
        Caller caller = new Caller(account.username(), account.roles(), account.stateId(), account.organisationId(),
                account.personId());
        if (audience.usernames().stream().anyMatch(u -> u.equalsIgnoreCase(account.username()))) {
            return true;
        }
        if (account.personId() != null && caller.isFellowOf(account.personId())
                && audience.persons().contains(account.personId())) {
            return true;
        }
        if (caller.has(Role.FOCAL_POINT) && account.stateId() != null
                && audience.focalPointsOfStates().contains(account.stateId())) {
            return true;
        }
        if (caller.has(Role.DONOR) && account.organisationId() != null
                && audience.donorsOfOrganisations().contains(account.organisationId())) {
            return true;
        }
        return audience.roles().stream().anyMatch(role -> caller.has(role)
                || (role == Role.CENTRE_STAFF && caller.has(Role.ADMIN)));
    }

    private static String languageOf(PersonView person) {
        return person.languages().stream().map(l -> l.toLowerCase(Locale.ROOT)).filter(Languages::isSupported)
                .findFirst().orElse(Languages.DEFAULT);
    }
}
