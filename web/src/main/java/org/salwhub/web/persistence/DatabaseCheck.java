package org.salwhub.web.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks the database settings and connection once, before the pool or
 * anything else uses them, so a wrong configuration ends start-up with one
 * plain message instead of pages of stack traces.
 */
final class DatabaseCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseCheck.class.getName());
    private static volatile boolean verified;

    private DatabaseCheck() {
    }

    static synchronized void verifyOnce(DatabaseSettings settings) {
        if (verified) {
            return;
        }
        List<String> problems = settings.problems();
        if (!problems.isEmpty()) {
            StartupFailure.stop("SALW Hub cannot start: the database configuration is wrong.", problems);
        }
        checkReachable(settings);
        verified = true;
    }

    private static void checkReachable(DatabaseSettings settings) {
        DriverManager.setLoginTimeout(10);
        try {
            loadDriver(settings);
            try (Connection connection = DriverManager.getConnection(settings.driverUrl(), settings.user(),
                    settings.password())) {
                LOG.info(() -> "Database reached: " + settings.redactedUrl() + " (" + describe(connection) + ")");
            }
        } catch (SQLException e) {
            StartupFailure.stop("SALW Hub cannot start: the database at " + settings.redactedUrl()
                    + " cannot be reached.", List.of(rootMessage(e),
                    settings.embedded()
                            ? "Check that the folder of the embedded database is writable and not used by another SALW Hub."
                            : "Check DB_URL, DB_USER and DB_PASSWORD, and that the server is running and the database exists."));
        }
    }

    private static void loadDriver(DatabaseSettings settings) {
        String driver = settings.kind() == DatabaseSettings.Kind.H2 ? "org.h2.Driver" : "com.mysql.cj.jdbc.Driver";
        try {
            Class.forName(driver, true, DatabaseCheck.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            StartupFailure.stop("SALW Hub cannot start: the JDBC driver " + driver + " is missing from the build.",
                    List.of());
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
