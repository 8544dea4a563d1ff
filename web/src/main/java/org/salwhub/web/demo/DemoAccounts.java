package org.salwhub.web.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.salwhub.registry.api.OrganisationView;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.kernel.Role;
import org.salwhub.web.security.Accounts;
import org.salwhub.web.security.NewAccount;

/** The demo accounts: one or more for every role, focal points of three States and donors of two organisations. */
@Stateless
public class DemoAccounts {

    @Inject
    Accounts accounts;

    @Inject
    RegistryFacade registry;

    public boolean anyAccount() {
        return accounts.countAccounts() > 0;
    }

    public void create() {
        account("admin", "Amina Diallo", "admin@salwhub.example", Set.of(Role.ADMIN), null, null, "en");
        account("staff", "Joseph Mwangi", "j.mwangi@salwhub.example", Set.of(Role.CENTRE_STAFF), null, null, "en");
        account("fp.kenya", "Grace Wanjiru", "g.wanjiru@knfp.example", Set.of(Role.FOCAL_POINT), state("KE"), null, "en");
        account("fp.sudan", "Omar Abdelrahman", "o.abdelrahman@sudan-ncsa.example", Set.of(Role.FOCAL_POINT),
                state("SD"), null, "ar");
        account("fp.burundi", "Claudine Niyonzima", "c.niyonzima@cnap-burundi.example", Set.of(Role.FOCAL_POINT),
                state("BI"), null, "fr");
        account("donor.eu", "Anna Keller", "anna.keller@eu.example", Set.of(Role.DONOR), null, organisation("EU"), "en");
        account("donor.gffo", "Lukas Brandt", "lukas.brandt@gffo.example", Set.of(Role.DONOR), null,
                organisation("GFFO"), "en");
        account("reviewer", "Fatima Hassan", "f.hassan@salwhub.example", Set.of(Role.REVIEWER), null, null, "ar");
    }

    private void account(String username, String name, String email, Set<Role> roles, UUID state, UUID org,
                         String language) {
        accounts.createAtStartup(new NewAccount(username, name, email, roles, state, org, language, DemoData.PASSWORD),
                false);
    }

    private UUID state(String iso2) {
        return registry.stateByIsoCode(iso2).map(StateView::id).orElseThrow().value();
    }

    private UUID organisation(String acronym) {
        return registry.organisationByAcronym(acronym).map(OrganisationView::id).orElseThrow().value();
    }
}
