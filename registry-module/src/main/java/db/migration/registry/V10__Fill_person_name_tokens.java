package db.migration.registry;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.salwhub.registry.entity.Person;

/** Fills the name tokens of the persons recorded before V9. */
public class V10__Fill_person_name_tokens extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement select = context.getConnection().createStatement();
             ResultSet persons = select.executeQuery("SELECT id, given_name, family_name, latin_name FROM reg_person");
             PreparedStatement insert = context.getConnection()
                     .prepareStatement("INSERT INTO reg_person_token (person_id, token) VALUES (?, ?)")) {
            while (persons.next()) {
                for (String token : Person.tokens(persons.getString(2), persons.getString(3), persons.getString(4))) {
                    insert.setString(1, persons.getString(1));
                    insert.setString(2, token);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
