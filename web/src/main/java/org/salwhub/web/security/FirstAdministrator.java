package org.salwhub.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Logger;
import org.salwhub.registry.api.kernel.Role;

/**
 * Makes sure someone can administer a fresh installation, without any fixed
 * password: the first administrator comes from {@code ADMIN_PASSWORD} (user
 * {@code ADMIN_USERNAME}, default {@code admin}), or gets a one-time password
 * printed once, to be changed at first sign-in.
 */
@Startup
@Singleton
@DependsOn("DemoData") // which depends on DatabaseMigrator
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    Accounts accounts;

    @PostConstruct
    // no transaction of its own: each step commits inside its task scope, so the audit trail names the task
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    void ensureAdministrator() {
        if (accounts.anyAdmin()) {
            return;
        }
        String username = setting("salwhub.admin.username", "ADMIN_USERNAME", "admin");
        String configured = setting("salwhub.admin.password", "ADMIN_PASSWORD", null);
        String password = configured != null ? configured : Secrets.newPassword(16);
        SystemCalls.runAs("system:first-admin", () -> accounts.createAtStartup(new NewAccount(username,
                "Administrator", null, Set.of(Role.ADMIN), null, null, "en", password), configured == null));
        if (configured == null) {
            System.out.println("\n================================================================\n"
                    + "SALW Hub: first administrator created.\n"
                    + "  username: " + username + "\n"
                    + "  one-time password: " + password + "\n"
                    + "It is shown only now; you must choose a new password at first sign-in.\n"
                    + "================================================================\n");
        } else {
            LOG.info(() -> "First administrator '" + username + "' created from ADMIN_PASSWORD.");
        }
    }

    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
