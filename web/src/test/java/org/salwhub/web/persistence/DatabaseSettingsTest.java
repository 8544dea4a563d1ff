package org.salwhub.web.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseSettingsTest {

    @TempDir
    Path workDir;

    private final Map<String, String> properties = new HashMap<>();
    private final Map<String, String> environment = new HashMap<>();

    private DatabaseSettings settings() {
        return DatabaseSettings.resolve(properties::get, environment::get, workDir);
    }

    @Test
    void withoutAUrlAnEmbeddedH2UnderTheWorkingDirectory() {
        DatabaseSettings settings = settings();
        String file = workDir.toAbsolutePath().normalize().resolve("data").resolve("salwhub").toString();
        assertEquals("jdbc:h2:file:" + file + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE", settings.url());
        assertTrue(settings.embedded());
        assertEquals(DatabaseSettings.Kind.H2, settings.kind());
        assertEquals("sa", settings.user());
        assertEquals("", settings.password());
        assertTrue(settings.demo(), "the embedded database starts with demo data");
        assertEquals(List.of(), settings.problems());
        assertEquals(settings.url(), settings.driverUrl());
    }

    @Test
    void theDataDirectoryCanBeChosen(@TempDir Path elsewhere) {
        environment.put("SALWHUB_DATA_DIR", elsewhere.toString());
        assertTrue(settings().url().startsWith("jdbc:h2:file:" + elsewhere.toAbsolutePath().normalize().resolve("salwhub") + ";"));
        properties.put("salwhub.data.dir", elsewhere.resolve("sub").toString());
        assertTrue(settings().url().startsWith("jdbc:h2:file:" + elsewhere.resolve("sub").resolve("salwhub") + ";"));
    }

    @Test
    void theEnvironmentNamesTheDatabase() {
        environment.put("DB_URL", "jdbc:mysql://db:3306/salwhub");
        environment.put("DB_USER", "salwhub");
        environment.put("DB_PASSWORD", "s3cret");
        DatabaseSettings settings = settings();
        assertEquals("jdbc:mysql://db:3306/salwhub", settings.url());
        assertEquals("salwhub", settings.user());
        assertEquals("s3cret", settings.password());
        assertFalse(settings.embedded());
        assertEquals(DatabaseSettings.Kind.MYSQL, settings.kind());
        assertFalse(settings.demo(), "a real database gets no demo data unless asked");
        assertEquals(List.of(), settings.problems());
    }

    @Test
    void systemPropertiesWinOverTheEnvironment() {
        environment.put("DB_URL", "jdbc:mysql://env:3306/salwhub");
        environment.put("DB_USER", "env-user");
        environment.put("DB_PASSWORD", "env-password");
        environment.put("DEMO", "false");
        properties.put("salwhub.db.url", "jdbc:mysql://property:3306/salwhub");
        properties.put("salwhub.db.user", "property-user");
        properties.put("salwhub.db.password", "property-password");
        properties.put("salwhub.demo", "true");
        DatabaseSettings settings = settings();
        assertEquals("jdbc:mysql://property:3306/salwhub", settings.url());
        assertEquals("property-user", settings.user());
        assertEquals("property-password", settings.password());
        assertTrue(settings.demo());
    }

    @Test
    void blankSettingsCountAsUnset() {
        properties.put("salwhub.db.url", "  ");
        environment.put("DB_URL", "jdbc:mysql://env:3306/salwhub");
        environment.put("DB_USER", "u");
        assertEquals("jdbc:mysql://env:3306/salwhub", settings().url());
        environment.put("DB_URL", "");
        assertTrue(settings().embedded());
    }

    @Test
    void theUrlIsTrimmed() {
        environment.put("DB_URL", "jdbc:mysql://db:3306/salwhub  ");
        environment.put("DB_USER", "u");
        assertEquals("jdbc:mysql://db:3306/salwhub", settings().url());
    }

    @Test
    void theDemoFlagCanBeSetEitherWay() {
        environment.put("DEMO", "false");
        assertFalse(settings().demo(), "embedded without demo data");
        environment.put("DEMO", " TRUE ");
        environment.put("DB_URL", "jdbc:mysql://db:3306/salwhub");
        environment.put("DB_USER", "u");
        assertTrue(settings().demo(), "MySQL with demo data");
        properties.put("salwhub.demo", "no");
        assertFalse(settings().demo());
    }

    @Test
    void anUnsupportedUrlIsAProblem() {
        environment.put("DB_URL", "jdbc:postgresql://db:5432/salwhub?password=s3cret");
        DatabaseSettings settings = settings();
        assertEquals(DatabaseSettings.Kind.UNSUPPORTED, settings.kind());
        assertEquals(1, settings.problems().size(), settings.problems().toString());
        String problem = settings.problems().get(0);
        assertTrue(problem.contains("not supported"), problem);
        assertTrue(problem.contains("jdbc:mysql://"), problem);
        assertFalse(problem.contains("s3cret"), problem);
    }

    @Test
    void mysqlNeedsAUser() {
        environment.put("DB_URL", "jdbc:mysql://db:3306/salwhub");
        List<String> problems = settings().problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("DB_USER"), problems.get(0));
        environment.put("DB_USER", " ");
        assertEquals(1, settings().problems().size());
        environment.put("DB_USER", "salwhub");
        assertEquals(List.of(), settings().problems());
    }

    @Test
    void mariadbUrlsAreServedByTheMysqlDriver() {
        environment.put("DB_URL", "jdbc:mariadb://db:3306/salwhub?useSSL=false");
        environment.put("DB_USER", "u");
        DatabaseSettings settings = settings();
        assertEquals(DatabaseSettings.Kind.MYSQL, settings.kind());
        assertEquals("jdbc:mysql://db:3306/salwhub?useSSL=false", settings.driverUrl());
        assertEquals("jdbc:mariadb://db:3306/salwhub?useSSL=false", settings.url());
        assertEquals(List.of(), settings.problems());

        environment.put("DB_URL", "JDBC:MariaDB://db/salwhub");
        assertEquals(DatabaseSettings.Kind.MYSQL, settings().kind());
        assertEquals("jdbc:mysql://db/salwhub", settings().driverUrl());
    }

    @Test
    void mysqlAndH2UrlsAreGivenToTheDriverUnchanged() {
        environment.put("DB_URL", "jdbc:mysql://db:3306/salwhub");
        assertEquals("jdbc:mysql://db:3306/salwhub", settings().driverUrl());
        environment.put("DB_URL", "jdbc:h2:mem:test;MODE=MySQL");
        assertEquals(DatabaseSettings.Kind.H2, settings().kind());
        assertEquals("jdbc:h2:mem:test;MODE=MySQL", settings().driverUrl());
    }

    @Test
    void passwordsInTheUrlAreRedacted() {
        environment.put("DB_URL", "jdbc:mysql://db:3306/salwhub?user=u&password=s3cret&useSSL=false");
        environment.put("DB_PASSWORD", "other-secret");
        DatabaseSettings settings = settings();
        assertEquals("jdbc:mysql://db:3306/salwhub?user=u&password=***&useSSL=false", settings.redactedUrl());
        assertFalse(settings.toString().contains("s3cret"), settings.toString());
        assertFalse(settings.toString().contains("other-secret"), settings.toString());
        assertTrue(settings.toString().contains("jdbc:mysql://db:3306/salwhub"), settings.toString());

        environment.put("DB_URL", "jdbc:h2:file:/tmp/x;USER=sa;PASSWORD=s3cret;MODE=MySQL");
        assertEquals("jdbc:h2:file:/tmp/x;USER=sa;PASSWORD=***;MODE=MySQL", settings().redactedUrl());
        environment.put("DB_URL", "jdbc:mysql://db/salwhub?Password=s3cret");
        assertEquals("jdbc:mysql://db/salwhub?Password=***", settings().redactedUrl());
    }

    @Test
    void aUrlWithoutPasswordIsShownAsIs() {
        environment.put("DB_URL", "jdbc:mysql://db:3306/salwhub?useSSL=false");
        assertEquals("jdbc:mysql://db:3306/salwhub?useSSL=false", settings().redactedUrl());
    }
}
