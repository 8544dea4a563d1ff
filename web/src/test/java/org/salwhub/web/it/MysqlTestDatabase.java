package org.salwhub.web.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The throw-away databases of an integration-test run against MySQL/MariaDB ({@code mvn verify -Pmysql}):
 * {@code it.db.name} for the run's shared {@link TestServer}, and {@code it.db.name + "_c"} for the Payara Micro
 * that Arquillian starts for the in-container {@code PlatformIT}, so that two servers never share one database.
 * {@link TestRun} creates them when the test run begins, before any server starts, and drops them when it ends,
 * after the servers have stopped.
 *
 * <p>Active only when the system properties {@code it.db.server} (a JDBC URL of the server, without a
 * database) and {@code it.db.name} are set, which only the {@code mysql} profile does, and only for
 * failsafe. With the embedded H2 database, and in surefire's unit-test run, it does nothing.
 */
final class MysqlTestDatabase {

    private static final Logger LOG = Logger.getLogger(MysqlTestDatabase.class.getName());
    private static final Pattern NAME = Pattern.compile("[a-z0-9_]+");

    private String server;
    private String name;

    void create() {
        server = blankToNull(System.getProperty("it.db.server"));
        name = blankToNull(System.getProperty("it.db.name"));
        if (server == null || name == null) {
            server = null;
            name = null;
            return;
        }
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("it.db.name must match [a-z0-9_]+, not '" + name + "'");
        }
        for (String database : List.of(name, name + "_c")) {
            execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            LOG.info(() -> "Created test database " + database + " on " + server);
        }
    }

    void drop() {
        if (server == null) {
            return;
        }
        for (String database : List.of(name, name + "_c")) {
            execute("DROP DATABASE IF EXISTS " + database);
            LOG.info(() -> "Dropped test database " + database + " on " + server);
        }
        server = null;
        name = null;
    }

    private void execute(String sql) {
        Properties credentials = new Properties();
        credentials.setProperty("user", System.getProperty("it.db.user", "root"));
        credentials.setProperty("password", System.getProperty("it.db.password", ""));
        if (server.startsWith("jdbc:mysql:") && !server.contains("?")) {
            credentials.setProperty("useSSL", "false");
            credentials.setProperty("allowPublicKeyRetrieval", "true");
        }
        try (Connection connection = DriverManager.getConnection(server, credentials);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("'" + sql + "' failed on " + server + ": " + e.getMessage()
                    + " (is a MySQL/MariaDB server running there? .ci/run starts one)", e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
