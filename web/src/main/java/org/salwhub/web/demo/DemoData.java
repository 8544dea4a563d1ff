package org.salwhub.web.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateView;
import org.salwhub.web.persistence.DatabaseSettings;
import org.salwhub.web.security.SystemCalls;

/**
 * Loads the demo data set once, on a database without accounts: the member
 * States of a regional commission and an account for every role. On by default
 * with the embedded database; against MySQL only with {@code DEMO=true}.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** The password of every demo account (listed in the README). */
    public static final String PASSWORD = "SalwHub#2026";

    /** Member States of the demo commission, with the date each joined. */
    static final List<Member> MEMBERS = List.of(
            new Member("BI", "2005-06-20"), new Member("CF", "2012-11-15"), new Member("CD", "2005-06-20"),
            new Member("CG", "2012-11-15"), new Member("DJ", "2005-06-20"), new Member("ER", "2005-06-20"),
            new Member("ET", "2005-06-20"), new Member("KE", "2005-06-20"), new Member("RW", "2005-06-20"),
            new Member("SC", "2006-03-02"), new Member("SO", "2009-08-20"), new Member("SS", "2011-11-30"),
            new Member("SD", "2005-06-20"), new Member("TZ", "2005-06-20"), new Member("UG", "2005-06-20"));

    record Member(String iso2, String since) {
    }

    @Inject
    RegistryFacade registry;

    @Inject
    DemoAccounts demoAccounts;

    @Inject
    DemoDirectory demoDirectory;

    @Inject
    DemoReports demoReports;

    @Inject
    DemoInstruments demoInstruments;

    @Inject
    DemoMeetings demoMeetings;

    @Inject
    DemoFellowships demoFellowships;

    @Inject
    DemoAssistance demoAssistance;

    @Inject
    DemoOrganisations demoOrganisations;

    @Inject
    DemoProjects demoProjects;

    @PostConstruct
    // no transaction of its own: each step commits inside its task scope, so the audit trail names the task
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    void load() {
        if (!DatabaseSettings.current().demo() || demoAccounts.anyAccount()) {
            return;
        }
        SystemCalls.runAs("system:demo", () -> {
            for (Member member : MEMBERS) {
                registry.stateByIsoCode(member.iso2()).filter(s -> !s.commissionMember()).ifPresent(
                        (StateView state) -> registry.admitToCommission(state.id(), LocalDate.parse(member.since()),
                                state.version()));
            }
            demoAccounts.create();
            demoDirectory.create();
            demoReports.create();
            demoInstruments.create();
            demoMeetings.create();
            demoFellowships.create();
            demoAssistance.create();
            demoOrganisations.create();
            demoProjects.create();
            return null;
        });
        LOG.info(() -> "Demo data loaded: " + MEMBERS.size() + " member States and the demo accounts (password "
                + PASSWORD + ").");
    }
}
