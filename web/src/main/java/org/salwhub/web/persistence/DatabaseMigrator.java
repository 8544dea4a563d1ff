package org.salwhub.web.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
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
        List<String> problems = settings.problems();
        if (!problems.isEmpty()) {
            StartupFailure.stop("SALW Hub cannot start: the database configuration is wrong.", problems);
        }
        checkReachable(settings);
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

    /** A direct connection, outside the pool, so that a failure gives one plain message. */
    private static void checkReachable(DatabaseSettings settings) {
        DriverManager.setLoginTimeout(10);
        try {
            loadDriver(settings);
            try (Connection connection = DriverManager.getConnection(settings.driverUrl(), settings.user(),
                    settings.password())) {
                LOG.info(() -> "Database reached: " + settings.redactedUrl() + " ("
                        + describe(connection) + ")");
            }
        } catch (SQLException e) {
            StartupFailure.stop("SALW Hub cannot start: the database at " + settings.redactedUrl()
                    + " cannot be reached.", List.of(rootMessage(e),
                    settings.embedded() ? "Check that the folder of the embedded database is writable and not used by another SALW Hub."
                            : "Check DB_URL, DB_USER and DB_PASSWORD, and that the server is running and the database exists."));
        }
    }

    private static void loadDriver(DatabaseSettings settings) {
        String driver = settings.kind() == DatabaseSettings.Kind.H2 ? "org.h2.Driver" : "com.mysql.cj.jdbc.Driver";
        try {
            Class.forName(driver, true, DatabaseMigrator.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            StartupFailure.stop("SALW Hub cannot start: the JDBC driver " + driver + " is missing from the build.", List.of());
        }
    }

    private static String describe(Connection connection) {
        try {
            return connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "no metadata", e);
            return "unknown product";
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
