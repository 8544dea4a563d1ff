package org.salwhub.web.persistence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Where the database is, read once from system properties ({@code salwhub.db.url} …)
 * or the environment ({@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}, {@code DEMO}).
 * Without a URL, SALW Hub uses an embedded H2 file database under {@code ./data/}.
 */
public record DatabaseSettings(String url, String user, String password, boolean demo, boolean embedded) {

    public enum Kind { H2, MYSQL, UNSUPPORTED }

    /** Reads the settings of this JVM. */
    public static DatabaseSettings current() {
        return resolve(System::getProperty, System::getenv, Path.of(System.getProperty("user.dir")));
    }

    static DatabaseSettings resolve(UnaryOperator<String> properties, UnaryOperator<String> environment, Path workDir) {
        String url = firstOf(properties.apply("salwhub.db.url"), environment.apply("DB_URL"));
        String user = firstOf(properties.apply("salwhub.db.user"), environment.apply("DB_USER"));
        String password = firstOf(properties.apply("salwhub.db.password"), environment.apply("DB_PASSWORD"));
        String demoFlag = firstOf(properties.apply("salwhub.demo"), environment.apply("DEMO"));
        boolean embedded = url == null;
        if (embedded) {
            String dataDir = firstOf(properties.apply("salwhub.data.dir"), environment.apply("SALWHUB_DATA_DIR"));
            Path dir = dataDir == null ? workDir.resolve("data") : Path.of(dataDir);
            url = "jdbc:h2:file:" + dir.toAbsolutePath().normalize().resolve("salwhub") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE";
            user = user == null ? "sa" : user;
            password = password == null ? "" : password;
        }
        boolean demo = demoFlag == null ? embedded : Boolean.parseBoolean(demoFlag.trim());
        return new DatabaseSettings(url.trim(), user, password == null ? "" : password, demo, embedded);
    }

    private static String firstOf(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b == null || b.isBlank() ? null : b;
    }

    public Kind kind() {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            return Kind.H2;
        }
        if (lower.startsWith("jdbc:mysql:") || lower.startsWith("jdbc:mariadb:")) {
            return Kind.MYSQL;
        }
        return Kind.UNSUPPORTED;
    }

    /** The URL the driver receives ({@code jdbc:mariadb:} is served by mysql-connector-j). */
    public String driverUrl() {
        return url.regionMatches(true, 0, "jdbc:mariadb:", 0, 13) ? "jdbc:mysql:" + url.substring(13) : url;
    }

    /** Configuration mistakes, in words a person can act on. Empty when the settings are usable. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (kind() == Kind.UNSUPPORTED) {
            problems.add("DB_URL '" + redactedUrl() + "' is not supported: use jdbc:mysql://HOST:3306/DATABASE"
                    + " (MySQL or MariaDB), or leave DB_URL unset for the embedded H2 database.");
        }
        if (kind() == Kind.MYSQL && (user == null || user.isBlank())) {
            problems.add("DB_URL points to MySQL/MariaDB but DB_USER is not set.");
        }
        return problems;
    }

    /** The URL without any password parameter, for messages and logs. */
    public String redactedUrl() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + redactedUrl() + ", user=" + user + ", demo=" + demo + "]";
    }
}
