package org.salwhub.web.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database.
 * Each module owns its migrations ({@code db/migration/<module>}) and its own
 * history table, so modules evolve independently.
 *
 * <p>When the database cannot be reached or the settings are wrong, it prints
 * one clear message and stops the server rather than serving a broken app.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    /** In dependency order: the registry first, the web layer (accounts, audit) last. */
    public static final List<String> MODULES = List.of("registry", "assistance", "meetings", "web");

    @Resource(lookup = DataSourceSetup.JNDI_NAME)
    DataSource dataSource;

    private DatabaseSettings settings;

    @PostConstruct
    void migrate() {
        settings = DatabaseSettings.current();
        DatabaseCheck.verifyOnce(settings);
        for (String module : MODULES) {
            MigrateResult result;
            try {
                result = flyway(module).migrate();
            } catch (FlywayException e) {
                StartupFailure.stop("SALW Hub cannot start: the database migrations of module '" + module
                        + "' failed.", List.of(String.valueOf(e.getMessage())));
                return;
            }
            LOG.info(() -> "Database schema of module '" + module + "': " + result.migrationsExecuted
                    + " migration(s) applied, now at version " + (result.targetSchemaVersion == null
                    ? (result.initialSchemaVersion == null ? "none" : result.initialSchemaVersion)
                    : result.targetSchemaVersion));
        }
    }

    public DatabaseSettings settings() {
        return settings;
    }

    Flyway flyway(String module) {
        boolean mysql = settings.kind() == DatabaseSettings.Kind.MYSQL;
        return Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + module)
                .table("flyway_" + module + "_history")
                .placeholders(Map.of(
                        "clob", mysql ? "LONGTEXT" : "CLOB",
                        "timestamp", mysql ? "DATETIME(6)" : "TIMESTAMP(6)"))
                .failOnMissingLocations(false)
                // modules share one schema: each history starts at version 0 when another module got there first
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

}
