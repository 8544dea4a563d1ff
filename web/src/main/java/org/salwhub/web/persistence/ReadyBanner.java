package org.salwhub.web.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/** Says where to open SALW Hub once the database, demo data and first administrator are in place. */
@Startup
@Singleton
@DependsOn("FirstAdministrator") // which depends on DemoData and DatabaseMigrator; Payara rejects diamonds
public class ReadyBanner {

    @PostConstruct
    void announce() {
        String port = System.getProperty("salwhub.port", "8080");
        DatabaseSettings settings = DatabaseSettings.current();
        System.out.println("\n================================================================\n"
                + "SALW Hub is starting at http://localhost:" + port + "/\n"
                + "  database: " + settings.redactedUrl() + "\n"
                + (settings.demo() ? "  demo accounts: admin, staff, fp.kenya, fp.sudan, fp.burundi, donor.eu,"
                + " donor.gffo, reviewer (password in README)\n" : "")
                + "================================================================\n");
    }
}
