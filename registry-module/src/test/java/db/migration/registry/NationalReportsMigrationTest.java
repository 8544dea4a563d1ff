package db.migration.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** V8: the reporting cycles it seeds, and the constraints on reports and declared needs. */
class NationalReportsMigrationTest {

    private static final String URL = "jdbc:h2:mem:national-reports-migration;MODE=MySQL;DATABASE_TO_LOWER=TRUE";

    private static Connection connection;

    @BeforeAll
    static void migrate() throws SQLException {
        connection = DriverManager.getConnection(URL, "sa", "");
        assertTrue(Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration/registry")
                .placeholders(java.util.Map.of("clob", "CLOB", "timestamp", "TIMESTAMP(6)")).load()
                .migrate().success);
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    @Test
    void seedsTheCyclesOfThePoaWithFixedIds() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT id, code, cycle_year, deadline, meeting_ref, title_fr,"
                     + " title_ar FROM reg_reporting_cycle ORDER BY deadline")) {
            while (result.next()) {
                String code = result.getString("code");
                assertEquals(UUID.nameUUIDFromBytes(("reporting-cycle:" + code).getBytes(StandardCharsets.UTF_8))
                        .toString(), result.getString("id"), code);
                assertTrue(result.getString("title_ar").codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC), code);
                assertTrue(!result.getString("title_fr").isBlank(), code);
                rows.add(code + " " + result.getInt("cycle_year") + " " + result.getString("deadline") + " "
                        + result.getString("meeting_ref").split(",")[0]);
            }
        }
        assertEquals(List.of("2020 2020 2020-03-31 BMS7", "2022 2022 2022-03-31 BMS8", "2024 2024 2024-03-31 RevCon4",
                "2026 2026 2026-03-31 BMS9", "2028 2028 2028-03-31 BMS10"), rows);
    }

    @Test
    void oneReportPerStateCycleAndInstrument() throws SQLException {
        String state = V2__Load_states_from_iso_3166.idOf("KE").toString();
        String cycle = "8bc77489-430e-31c9-ac98-465cdf5235d8";
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(insertReport(UUID.randomUUID(), state, cycle, "POA"));
            statement.executeUpdate(insertReport(UUID.randomUUID(), state, cycle, "ITI"));
            assertThrows(SQLException.class, () -> statement.executeUpdate(insertReport(UUID.randomUUID(), state, cycle,
                    "POA")));
        }
    }

    @Test
    void aDeclaredNeedBelongsToAReport() throws SQLException {
        String state = V2__Load_states_from_iso_3166.idOf("BI").toString();
        UUID report = UUID.randomUUID();
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(insertReport(report, state, "8bc77489-430e-31c9-ac98-465cdf5235d8", "POA"));
            statement.executeUpdate("INSERT INTO reg_declared_need (id, report_id, title, description, sort_order)"
                    + " VALUES ('" + UUID.randomUUID() + "', '" + report + "', 'Marquage des armes', '"
                    + "x".repeat(4000) + "', 1)");
            assertThrows(SQLException.class, () -> statement.executeUpdate("INSERT INTO reg_declared_need"
                    + " (id, report_id, title) VALUES ('" + UUID.randomUUID() + "', '" + UUID.randomUUID() + "', 'x')"));
        }
    }

    private static String insertReport(UUID id, String state, String cycle, String instrument) {
        return "INSERT INTO reg_national_report (id, state_id, cycle_id, instrument, submitted, submitted_on)"
                + " VALUES ('" + id + "', '" + state + "', '" + cycle + "', '" + instrument + "', TRUE, DATE '2026-03-01')";
    }
}
