package db.migration.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Adds each State's UN status, regional group, M49 subregion and M49 developing flag, from
 * {@value #RESOURCE}. That file is generated from maintained sources by {@code registry-module/src/build}
 * (see the README there) and committed. Areas it does not list stay {@code NON_MEMBER} with no group.
 */
public class V5__United_Nations_membership extends BaseJavaMigration {

    public static final String RESOURCE = "db/data/registry/un-states.csv";

    static final String HEADER = "iso2,un_status,regional_group,subregion,developing";

    /** One column per statement: portable across H2 (MySQL mode), MySQL and MariaDB. */
    static final List<String> COLUMNS = List.of(
            "ALTER TABLE reg_state ADD COLUMN un_status VARCHAR(12) DEFAULT 'NON_MEMBER' NOT NULL",
            "ALTER TABLE reg_state ADD COLUMN regional_group VARCHAR(30)",
            "ALTER TABLE reg_state ADD COLUMN subregion VARCHAR(30)",
            "ALTER TABLE reg_state ADD COLUMN developing BOOLEAN");

    /** One line of the CSV; empty cells are null. */
    public record Row(String iso2, String unStatus, String regionalGroup, String subregion, Boolean developing) {

        boolean isUnState() {
            return !"NON_MEMBER".equals(unStatus);
        }
    }

    /** The CSV, read with this class's class loader. */
    public static List<Row> rows() throws IOException {
        try (InputStream in = V5__United_Nations_membership.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            if (!HEADER.equals(header)) {
                throw new IllegalStateException(RESOURCE + ": unexpected header " + header);
            }
            List<Row> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != 5 || cells[0].length() != 2 || cells[1].isEmpty()) {
                    throw new IllegalStateException(RESOURCE + ": bad line " + line);
                }
                rows.add(new Row(cells[0], cells[1], emptyToNull(cells[2]), emptyToNull(cells[3]),
                        cells[4].isEmpty() ? null : Boolean.valueOf(cells[4])));
            }
            return rows;
        }
    }

    private static String emptyToNull(String cell) {
        return cell.isEmpty() ? null : cell;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            for (String column : COLUMNS) {
                statement.execute(column);
            }
        }
        List<Row> rows = rows();
        String sql = "UPDATE reg_state SET un_status = ?, regional_group = ?, subregion = ?, developing = ? WHERE iso2 = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (Row row : rows) {
                update.setString(1, row.unStatus());
                update.setString(2, row.regionalGroup());
                update.setString(3, row.subregion());
                if (row.developing() == null) {
                    update.setNull(4, Types.BOOLEAN);
                } else {
                    update.setBoolean(4, row.developing());
                }
                update.setString(5, row.iso2());
                update.addBatch();
            }
            update.executeBatch();
        }
        // every UN Member and observer State of the CSV must be a State of V2 (the JDK's ISO 3166 list)
        long expected = rows.stream().filter(Row::isUnState).count();
        try (Statement statement = connection.createStatement();
             ResultSet found = statement.executeQuery("SELECT COUNT(*) FROM reg_state WHERE un_status <> 'NON_MEMBER'")) {
            found.next();
            if (found.getLong(1) != expected) {
                throw new SQLException(found.getLong(1) + " UN Member and observer States updated, " + expected
                        + " expected: the JDK's ISO 3166 list lacks some of " + RESOURCE);
            }
        }
    }
}
