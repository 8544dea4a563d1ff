package org.salwhub.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateView;
import org.salwhub.web.audit.AuditFilter;
import org.salwhub.web.audit.AuditRecord;
import org.salwhub.web.audit.AuditTrail;
import org.salwhub.web.security.Accounts;

/** The start page after sign-in; its panels depend on the role. */
@Named
@RequestScoped
public class Dashboard {

    @Inject
    Clock clock;

    @Inject
    RegistryFacade registry;

    @Inject
    AuditTrail audit;

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser user;

    private List<StateView> members;

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public List<StateView> getMemberStates() {
        if (members == null) {
            members = registry.memberStates();
        }
        return members;
    }

    public int getOrganisationCount() {
        return registry.organisations().size();
    }

    public long getAccountCount() {
        return user.is("ADMIN") ? accounts.count(null) : 0;
    }

    /** The latest changes anywhere, for staff. */
    public List<AuditRecord> getRecentChanges() {
        return audit.mayRead() ? audit.page(AuditFilter.none(), 0, 8, "occurredAt", false) : List.of();
    }
}
