package db.migration.registry;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.util.Locale;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the States from the JDK's ISO 3166-1 data (alpha-2, alpha-3) with
 * their CLDR names in English, French and Arabic. IDs are name-based UUIDs of
 * the alpha-2 code, so every installation gives a State the same ID.
 */
public class V2__Load_states_from_iso_3166 extends BaseJavaMigration {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    public static UUID idOf(String iso2) {
        return UUID.nameUUIDFromBytes(("state:" + iso2).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void migrate(Context context) throws Exception {
        String sql = "INSERT INTO reg_state (id, iso2, iso3, name_en, name_fr, name_ar, commission_member, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, FALSE, 0)";
        try (PreparedStatement insert = context.getConnection().prepareStatement(sql)) {
            for (String iso2 : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)) {
                Locale country = new Locale.Builder().setRegion(iso2).build();
                insert.setString(1, idOf(iso2).toString());
                insert.setString(2, iso2);
                insert.setString(3, country.getISO3Country());
                insert.setString(4, country.getDisplayCountry(Locale.ENGLISH));
                insert.setString(5, country.getDisplayCountry(Locale.FRENCH));
                insert.setString(6, country.getDisplayCountry(ARABIC));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
