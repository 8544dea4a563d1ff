package db.migration.registry;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.salwhub.registry.api.OrganisationType;

/** Runs the registry's migrations (V1 SQL, V2 and V3 Java) against an in-memory H2 in MySQL mode. */
class RegistryMigrationsTest {

    private static final String URL = "jdbc:h2:mem:registry-migrations;MODE=MySQL;DATABASE_TO_LOWER=TRUE";

    /** Keeps the in-memory database alive between Flyway's connection and the queries. */
    private static Connection connection;
    private static MigrateResult result;

    @BeforeAll
    static void migrate() throws SQLException {
        connection = DriverManager.getConnection(URL, "sa", "");
        result = Flyway.configure()
                .dataSource(URL, "sa", "")
                .locations("classpath:db/migration/registry")
                .placeholders(java.util.Map.of("clob", "CLOB", "timestamp", "TIMESTAMP(6)"))
                .load()
                .migrate();
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    @Test
    void appliesTheMigrationsInOrder() {
        assertTrue(result.success);
        assertEquals(List.of("1", "2", "3", "4"), result.migrations.stream().map(m -> m.version).limit(4).toList());
        assertEquals(List.of("SQL", "JDBC", "JDBC", "SQL"), result.migrations.stream().map(m -> m.type).limit(4).toList());
    }

    @Test
    void loadsEveryIsoState() throws SQLException {
        int states = count("SELECT COUNT(*) FROM reg_state");
        assertTrue(states >= 240, "only " + states + " States");
        assertEquals(states, count("SELECT COUNT(DISTINCT iso3) FROM reg_state"));
        assertEquals(0, count("SELECT COUNT(*) FROM reg_state WHERE commission_member OR member_since IS NOT NULL"));
        assertEquals(0, count("SELECT COUNT(*) FROM reg_state WHERE version <> 0"));
    }

    @Test
    void kenyaInTheThreeLanguages() throws SQLException {
        Map<String, String> kenya = state("KE");
        assertAll(
                () -> assertEquals("KEN", kenya.get("iso3")),
                () -> assertEquals("Kenya", kenya.get("name_en")),
                () -> assertEquals("Kenya", kenya.get("name_fr")),
                () -> assertEquals("كينيا", kenya.get("name_ar")));
    }

    @Test
    void sudanAndSouthSudanHaveArabicNames() throws SQLException {
        Map<String, String> sudan = state("SD");
        assertEquals("SDN", sudan.get("iso3"));
        assertEquals("Sudan", sudan.get("name_en"));
        assertEquals("Soudan", sudan.get("name_fr"));
        assertEquals("السودان", sudan.get("name_ar"));
        assertEquals("جنوب السودان", state("SS").get("name_ar"));
    }

    @Test
    void everyStateHasAFrenchAndAnArabicName() throws SQLException {
        List<String> missing = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT iso2, name_fr, name_ar FROM reg_state")) {
            while (rows.next()) {
                String fr = rows.getString("name_fr");
                String ar = rows.getString("name_ar");
                boolean arabicScript = ar != null && ar.codePoints()
                        .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC);
                if (fr == null || fr.isBlank() || !arabicScript) {
                    missing.add(rows.getString("iso2"));
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void stateIdsAreNameBasedUuidsOfTheAlpha2Code() throws SQLException {
        // fixed for every installation: IDs in one database must match those in another
        assertEquals(UUID.fromString("765fc5ba-afe4-34b7-800c-77637a21223a"), V2__Load_states_from_iso_3166.idOf("KE"));
        assertEquals(3, V2__Load_states_from_iso_3166.idOf("KE").version());
        int checked = 0;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, iso2 FROM reg_state")) {
            while (rows.next()) {
                assertEquals(V2__Load_states_from_iso_3166.idOf(rows.getString("iso2")).toString(), rows.getString("id"),
                        rows.getString("iso2"));
                checked++;
            }
        }
        assertTrue(checked >= 240);
    }

    @Test
    void loadsTheOrganisationsWithTheirTypes() throws SQLException {
        assertEquals(V3__Load_organisations.ORGANISATIONS.size(), count("SELECT COUNT(*) FROM reg_organisation"));
        assertEquals("SUBREGIONAL", organisation("RECSA").get("org_type"));
        assertEquals("SUBREGIONAL", organisation("ECOWAS").get("org_type"));
        assertEquals("UN_ENTITY", organisation("UNODA").get("org_type"));
        assertEquals("INTERNATIONAL", organisation("INTERPOL").get("org_type"));
        assertEquals("United Nations Office for Disarmament Affairs", organisation("UNODA").get("name_en"));
        assertFalse(isDonor("RECSA"));
        assertFalse(isDonor("INTERPOL"));
    }

    @Test
    void theEuropeanUnionIsADonor() throws SQLException {
        Map<String, String> eu = organisation("EU");
        assertTrue(isDonor("EU"));
        assertEquals("REGIONAL", eu.get("org_type"));
        assertEquals("European Union", eu.get("name_en"));
        assertEquals("Union européenne", eu.get("name_fr"));
        assertEquals("الاتحاد الأوروبي", eu.get("name_ar"));
        assertTrue(count("SELECT COUNT(*) FROM reg_organisation WHERE donor") >= 5);
    }

    @Test
    void everyOrganisationTypeIsAnEnumConstantTheEntityCanRead() throws SQLException {
        Set<String> known = Arrays.stream(OrganisationType.values()).map(Enum::name).collect(Collectors.toSet());
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT acronym, org_type, name_fr, name_ar FROM reg_organisation")) {
            while (rows.next()) {
                String acronym = rows.getString("acronym");
                assertTrue(known.contains(rows.getString("org_type")), acronym + ": " + rows.getString("org_type"));
                assertFalse(rows.getString("name_fr") == null || rows.getString("name_fr").isBlank(), acronym);
                assertFalse(rows.getString("name_ar") == null || rows.getString("name_ar").isBlank(), acronym);
            }
        }
    }

    @Test
    void organisationIdsAreNameBasedUuidsOfTheAcronym() throws SQLException {
        assertEquals(UUID.fromString("bcfaddef-b186-3081-8027-1ad1c0afcf5a"), V3__Load_organisations.idOf("EU"));
        for (String acronym : List.of("RECSA", "ECOWAS", "UNODA", "INTERPOL", "EU", "PM/WRA")) {
            assertEquals(V3__Load_organisations.idOf(acronym).toString(), organisation(acronym).get("id"), acronym);
        }
    }

    @Test
    void theOrganisationsWithAKnownIatiIdentifierHaveIt() throws SQLException {
        Map<String, String> expected = Map.of("GFFO", "XM-DAC-5-7", "GIZ", "XM-DAC-5-52", "JICA", "XM-DAC-701-8",
                "GAC", "CA-3", "UNDP", "XM-DAC-41114");
        for (Map.Entry<String, String> known : expected.entrySet()) {
            assertEquals(known.getValue(), organisation(known.getKey()).get("iati_identifier"), known.getKey());
        }
        assertEquals(expected.size(), count("SELECT COUNT(*) FROM reg_organisation WHERE iati_identifier IS NOT NULL"),
                "the others are left empty, not guessed");
        assertEquals(0, count("SELECT COUNT(*) FROM reg_organisation WHERE version <> 0"), "reference data, unedited");
    }

    @Test
    void noTwoOrganisationsShareAnIatiIdentifierButManyHaveNone() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            assertThrows(SQLException.class, () -> statement.executeUpdate("UPDATE reg_organisation SET"
                    + " iati_identifier = 'XM-DAC-5-7' WHERE acronym = 'EU'"), "the unique index");
        }
        assertTrue(count("SELECT COUNT(*) FROM reg_organisation WHERE iati_identifier IS NULL") > 1);
        assertEquals(null, organisation("EU").get("iati_identifier"));
    }

    private static boolean isDonor(String acronym) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT donor FROM reg_organisation WHERE acronym = ?")) {
            query.setString(1, acronym);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), acronym);
                return rows.getBoolean(1);
            }
        }
    }

    private static int count(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            assertTrue(rows.next());
            return rows.getInt(1);
        }
    }

    private static Map<String, String> state(String iso2) throws SQLException {
        return row("SELECT * FROM reg_state WHERE iso2 = ?", iso2);
    }

    private static Map<String, String> organisation(String acronym) throws SQLException {
        return row("SELECT * FROM reg_organisation WHERE acronym = ?", acronym);
    }

    private static Map<String, String> row(String sql, String parameter) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), "no row for " + parameter);
                Map<String, String> row = new HashMap<>();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    row.put(rows.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), rows.getString(i));
                }
                assertFalse(rows.next(), "more than one row for " + parameter);
                return row;
            }
        }
    }
}
