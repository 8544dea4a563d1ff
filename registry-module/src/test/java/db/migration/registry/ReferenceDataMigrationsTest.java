package db.migration.registry;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.salwhub.registry.api.RegionalGroup;
import org.salwhub.registry.api.Subregion;
import org.salwhub.registry.api.UnStatus;

/**
 * The registry's reference data after every registry migration, on an in-memory H2 in MySQL mode: the UN status,
 * regional group, subregion and developing flag of the States (V5) and the instruments (V6, V7).
 */
class ReferenceDataMigrationsTest {

    private static final String URL = "jdbc:h2:mem:reference-data;MODE=MySQL;DATABASE_TO_LOWER=TRUE";

    private static Connection connection;
    private static MigrateResult result;

    @BeforeAll
    static void migrate() throws SQLException {
        connection = DriverManager.getConnection(URL, "sa", "");
        result = Flyway.configure()
                .dataSource(URL, "sa", "")
                .locations("classpath:db/migration/registry")
                .table("flyway_registry_history")
                .placeholders(Map.of("clob", "CLOB", "timestamp", "TIMESTAMP(6)"))
                .load()
                .migrate();
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    @Test
    void appliesTheReferenceDataMigrations() {
        assertTrue(result.success);
        Map<String, String> types = result.migrations.stream().collect(Collectors.toMap(m -> m.version, m -> m.type));
        assertEquals("JDBC", types.get("5"));
        assertEquals("SQL", types.get("6"));
        assertEquals("JDBC", types.get("7"));
    }

    // ------------------------------------------------------------ States

    @Test
    void exactly193MemberStatesAndTheTwoObserverStates() throws SQLException {
        assertEquals(193, count("SELECT COUNT(*) FROM reg_state WHERE un_status = 'MEMBER'"));
        assertEquals(List.of("PS", "VA"), strings("SELECT iso2 FROM reg_state WHERE un_status = 'OBSERVER' ORDER BY iso2"));
        int all = count("SELECT COUNT(*) FROM reg_state");
        assertEquals(all - 195, count("SELECT COUNT(*) FROM reg_state WHERE un_status = 'NON_MEMBER'"));
    }

    @Test
    void territoriesAndNonMembersAreNotUnStates() throws SQLException {
        for (String iso2 : List.of("TW", "PR", "GL", "HK", "EH", "CK", "NU", "AQ", "RE")) {
            Map<String, String> area = state(iso2);
            assertEquals("NON_MEMBER", area.get("un_status"), iso2);
            assertNull(area.get("regional_group"), iso2);
        }
        assertEquals(0, count("SELECT COUNT(*) FROM reg_state WHERE un_status = 'NON_MEMBER' AND regional_group IS NOT NULL"));
    }

    @Test
    void regionalGroupsAndSubregions() throws SQLException {
        assertAll(
                () -> assertPlace("KE", "AFRICAN", "EASTERN_AFRICA"),
                () -> assertPlace("SS", "AFRICAN", "EASTERN_AFRICA"),
                () -> assertPlace("SD", "AFRICAN", "NORTHERN_AFRICA"),
                () -> assertPlace("CD", "AFRICAN", "MIDDLE_AFRICA"),
                () -> assertPlace("FR", "WESTERN_EUROPEAN_OTHERS", "WESTERN_EUROPE"),
                () -> assertPlace("US", "WESTERN_EUROPEAN_OTHERS", "NORTHERN_AMERICA"),
                () -> assertPlace("TR", "WESTERN_EUROPEAN_OTHERS", "WESTERN_ASIA"),
                () -> assertPlace("IL", "WESTERN_EUROPEAN_OTHERS", "WESTERN_ASIA"),
                () -> assertPlace("PL", "EASTERN_EUROPEAN", "EASTERN_EUROPE"),
                () -> assertPlace("EE", "EASTERN_EUROPEAN", "NORTHERN_EUROPE"),
                () -> assertPlace("BR", "LATIN_AMERICAN_CARIBBEAN", "SOUTH_AMERICA"),
                () -> assertPlace("MX", "LATIN_AMERICAN_CARIBBEAN", "CENTRAL_AMERICA"),
                () -> assertPlace("JP", "ASIA_PACIFIC", "EASTERN_ASIA"),
                () -> assertPlace("KI", "ASIA_PACIFIC", "MICRONESIA"),
                () -> assertPlace("CY", "ASIA_PACIFIC", "WESTERN_ASIA"),
                () -> assertPlace("PS", "ASIA_PACIFIC", "WESTERN_ASIA"),
                () -> assertPlace("VA", null, "SOUTHERN_EUROPE"));
    }

    @Test
    void theSizesOfTheRegionalGroups() throws SQLException {
        Map<String, Integer> sizes = new TreeMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT regional_group, COUNT(*) FROM reg_state"
                     + " WHERE un_status = 'MEMBER' GROUP BY regional_group")) {
            while (rows.next()) {
                sizes.put(String.valueOf(rows.getString(1)), rows.getInt(2));
            }
        }
        // the United States, a WEOG observer, counts in WEOG; Türkiye too
        assertEquals(Map.of("AFRICAN", 54, "ASIA_PACIFIC", 54, "EASTERN_EUROPEAN", 23, "LATIN_AMERICAN_CARIBBEAN", 33,
                "WESTERN_EUROPEAN_OTHERS", 29), sizes);
    }

    @Test
    void developingFollowsM49() throws SQLException {
        assertAll(
                () -> assertEquals("TRUE", state("KE").get("developing").toUpperCase(Locale.ROOT)),
                () -> assertEquals("FALSE", state("DE").get("developing").toUpperCase(Locale.ROOT)),
                () -> assertEquals("FALSE", state("JP").get("developing").toUpperCase(Locale.ROOT)),
                () -> assertEquals("FALSE", state("RU").get("developing").toUpperCase(Locale.ROOT)),
                () -> assertEquals("TRUE", state("BR").get("developing").toUpperCase(Locale.ROOT)),
                () -> assertEquals("TRUE", state("SG").get("developing").toUpperCase(Locale.ROOT)));
        assertEquals(0, count("SELECT COUNT(*) FROM reg_state WHERE un_status <> 'NON_MEMBER'"
                + " AND (developing IS NULL OR subregion IS NULL)"));
        // the developed: Europe, Northern America, Australia, New Zealand and Japan
        Set<String> developedSubregions = Set.copyOf(strings("SELECT DISTINCT subregion FROM reg_state"
                + " WHERE un_status = 'MEMBER' AND NOT developing"));
        assertEquals(Set.of("EASTERN_EUROPE", "NORTHERN_EUROPE", "SOUTHERN_EUROPE", "WESTERN_EUROPE", "NORTHERN_AMERICA",
                "AUSTRALIA_AND_NEW_ZEALAND", "EASTERN_ASIA"), developedSubregions);
    }

    @Test
    void theMigrationDoesNotBumpVersions() throws SQLException {
        assertEquals(0, count("SELECT COUNT(*) FROM reg_state WHERE version <> 0"));
    }

    @Test
    void everyValueIsAnEnumConstantTheEntityCanRead() throws SQLException {
        Set<String> statuses = names(UnStatus.values());
        Set<String> groups = names(RegionalGroup.values());
        Set<String> subregions = names(Subregion.values());
        List<String> bad = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT iso2, un_status, regional_group, subregion FROM reg_state")) {
            while (rows.next()) {
                String group = rows.getString("regional_group");
                String subregion = rows.getString("subregion");
                if (!statuses.contains(rows.getString("un_status")) || group != null && !groups.contains(group)
                        || subregion != null && !subregions.contains(subregion)) {
                    bad.add(rows.getString("iso2"));
                }
            }
        }
        assertEquals(List.of(), bad);
        assertEquals(subregions, Set.copyOf(strings("SELECT DISTINCT subregion FROM reg_state WHERE un_status = 'MEMBER'")),
                "every subregion has a Member State");
    }

    @Test
    void theCsvCoversEveryUnStateOfTheJdksIsoList() throws IOException {
        Set<String> iso = Set.of(Locale.getISOCountries());
        List<V5__United_Nations_membership.Row> rows = V5__United_Nations_membership.rows();
        assertEquals(rows.size(), rows.stream().map(V5__United_Nations_membership.Row::iso2).distinct().count());
        assertEquals(List.of(), rows.stream().filter(V5__United_Nations_membership.Row::isUnState)
                .map(V5__United_Nations_membership.Row::iso2).filter(c -> !iso.contains(c)).toList());
    }

    // ------------------------------------------------------------ instruments

    @Test
    void theNineInstruments() throws SQLException {
        assertEquals(List.of("ATT", "CIFTA", "ECOWAS_CONVENTION", "FIREARMS_PROTOCOL", "ITI", "KINSHASA_CONVENTION",
                "NAIROBI_PROTOCOL", "POA", "SADC_PROTOCOL"), strings("SELECT code FROM reg_instrument ORDER BY code"));
        assertEquals(List.of("ATT", "FIREARMS_PROTOCOL", "ITI", "POA"),
                strings("SELECT code FROM reg_instrument WHERE kind = 'GLOBAL' ORDER BY code"));
        assertEquals(List.of("ITI", "POA"), strings("SELECT code FROM reg_instrument WHERE NOT legally_binding ORDER BY code"));
        Map<String, String> att = instrument("ATT");
        assertEquals("Arms Trade Treaty", att.get("name_en"));
        assertEquals("Traité sur le commerce des armes", att.get("name_fr"));
        assertEquals("معاهدة تجارة الأسلحة", att.get("name_ar"));
        assertEquals("2013-04-02", att.get("adopted_on"));
        assertEquals("2004-04-21", instrument("NAIROBI_PROTOCOL").get("adopted_on"));
        assertEquals(0, count("SELECT COUNT(*) FROM reg_instrument WHERE name_fr IS NULL OR name_ar IS NULL OR version <> 0"));
    }

    @Test
    void instrumentIdsAreNameBasedUuidsOfTheCode() throws SQLException {
        assertEquals(3, V7__Load_instruments.idOf("ATT").version());
        assertEquals(UUID.nameUUIDFromBytes("instrument:ATT".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                V7__Load_instruments.idOf("ATT"));
        for (V7__Load_instruments.InstrumentRow row : V7__Load_instruments.INSTRUMENTS) {
            assertEquals(V7__Load_instruments.idOf(row.code()).toString(), instrument(row.code()).get("id"), row.code());
        }
    }

    @Test
    void noStatusIsLoadedAndOnePerStateAndInstrumentCanBe() throws SQLException {
        assertEquals(0, count("SELECT COUNT(*) FROM reg_state_instrument"));
        String insert = "INSERT INTO reg_state_instrument (id, state_id, instrument_id, status, version) VALUES (?, ?, ?, 'SIGNED', 0)";
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            statement.setString(1, UUID.randomUUID().toString());
            statement.setString(2, V2__Load_states_from_iso_3166.idOf("KE").toString());
            statement.setString(3, V7__Load_instruments.idOf("ATT").toString());
            statement.executeUpdate();
            statement.setString(1, UUID.randomUUID().toString());
            SQLException duplicate = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, statement::executeUpdate);
            assertFalse(duplicate.getMessage().isBlank());
            statement.setString(1, UUID.randomUUID().toString());
            statement.setString(2, UUID.randomUUID().toString()); // no such State
            org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, statement::executeUpdate);
        } finally {
            try (Statement cleanup = connection.createStatement()) {
                cleanup.executeUpdate("DELETE FROM reg_state_instrument");
            }
        }
    }

    // ------------------------------------------------------------ helpers

    private static void assertPlace(String iso2, String group, String subregion) throws SQLException {
        Map<String, String> state = state(iso2);
        assertEquals(group, state.get("regional_group"), iso2);
        assertEquals(subregion, state.get("subregion"), iso2);
    }

    private static Set<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).collect(Collectors.toSet());
    }

    private static int count(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            assertTrue(rows.next());
            return rows.getInt(1);
        }
    }

    private static List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static Map<String, String> state(String iso2) throws SQLException {
        return row("SELECT * FROM reg_state WHERE iso2 = ?", iso2);
    }

    private static Map<String, String> instrument(String code) throws SQLException {
        return row("SELECT * FROM reg_instrument WHERE code = ?", code);
    }

    private static Map<String, String> row(String sql, String parameter) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), "no row for " + parameter);
                Map<String, String> row = new HashMap<>();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    row.put(rows.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT), rows.getString(i));
                }
                assertFalse(rows.next(), "more than one row for " + parameter);
                return row;
            }
        }
    }
}
