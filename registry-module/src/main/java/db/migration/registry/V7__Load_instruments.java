package db.migration.registry;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The nine instruments on small arms SALW Hub follows: the global ones (two political commitments, two treaties)
 * and the five regional treaties. IDs are name-based UUIDs of the code, the same in every installation.
 *
 * <p>The titles in French and Arabic follow the official versions as closely as known; staff correct titles and
 * dates in the application. No State's status is loaded: signatures, ratifications and accessions change and are
 * recorded by staff from the depositaries' lists.
 */
public class V7__Load_instruments extends BaseJavaMigration {

    record InstrumentRow(String code, String kind, boolean legallyBinding, LocalDate adoptedOn,
                      String en, String fr, String ar) {
    }

    static final List<InstrumentRow> INSTRUMENTS = List.of(
            // adopted by the UN Conference on the Illicit Trade in SALW in All Its Aspects (A/CONF.192/15)
            new InstrumentRow("POA", "GLOBAL", false, LocalDate.of(2001, 7, 20),
                    "Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects",
                    "Programme d'action en vue de prévenir, combattre et éliminer le commerce illicite des armes légères sous tous ses aspects",
                    "برنامج العمل لمنع الاتجار غير المشروع بالأسلحة الصغيرة والأسلحة الخفيفة من جميع جوانبه ومكافحته والقضاء عليه"),
            // adopted by the General Assembly (decision 60/519)
            new InstrumentRow("ITI", "GLOBAL", false, LocalDate.of(2005, 12, 8),
                    "International Instrument to Enable States to Identify and Trace, in a Timely and Reliable Manner, Illicit Small Arms and Light Weapons",
                    "Instrument international visant à permettre aux États de procéder à l'identification et au traçage rapides et fiables des armes légères et de petit calibre illicites",
                    "الصك الدولي لتمكين الدول من تحديد وتعقب الأسلحة الصغيرة والأسلحة الخفيفة غير المشروعة في الوقت المناسب وبطريقة موثوقة"),
            // General Assembly resolution 55/255
            new InstrumentRow("FIREARMS_PROTOCOL", "GLOBAL", true, LocalDate.of(2001, 5, 31),
                    "Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition, supplementing the United Nations Convention against Transnational Organized Crime",
                    "Protocole contre la fabrication et le trafic illicites d'armes à feu, de leurs pièces, éléments et munitions, additionnel à la Convention des Nations Unies contre la criminalité transnationale organisée",
                    "بروتوكول مكافحة صنع الأسلحة النارية وأجزائها ومكوناتها والذخيرة والاتجار بها بصورة غير مشروعة، المكمل لاتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية"),
            // General Assembly resolution 67/234 B
            new InstrumentRow("ATT", "GLOBAL", true, LocalDate.of(2013, 4, 2),
                    "Arms Trade Treaty", "Traité sur le commerce des armes", "معاهدة تجارة الأسلحة"),
            // signed in Nairobi
            new InstrumentRow("NAIROBI_PROTOCOL", "REGIONAL", true, LocalDate.of(2004, 4, 21),
                    "Nairobi Protocol for the Prevention, Control and Reduction of Small Arms and Light Weapons in the Great Lakes Region, the Horn of Africa and Bordering States",
                    "Protocole de Nairobi pour la prévention, le contrôle et la réduction des armes légères et de petit calibre dans la région des Grands Lacs, la Corne de l'Afrique et les États limitrophes",
                    "بروتوكول نيروبي لمنع الأسلحة الصغيرة والأسلحة الخفيفة ومراقبتها والحد منها في منطقة البحيرات الكبرى والقرن الأفريقي والدول المجاورة"),
            // adopted in Abuja
            new InstrumentRow("ECOWAS_CONVENTION", "REGIONAL", true, LocalDate.of(2006, 6, 14),
                    "ECOWAS Convention on Small Arms and Light Weapons, Their Ammunition and Other Related Materials",
                    "Convention de la CEDEAO sur les armes légères et de petit calibre, leurs munitions et autres matériels connexes",
                    "اتفاقية الجماعة الاقتصادية لدول غرب أفريقيا بشأن الأسلحة الصغيرة والأسلحة الخفيفة وذخائرها والمواد الأخرى ذات الصلة"),
            // adopted in Kinshasa; opened for signature in Brazzaville on 19 November 2010
            new InstrumentRow("KINSHASA_CONVENTION", "REGIONAL", true, LocalDate.of(2010, 4, 30),
                    "Central African Convention for the Control of Small Arms and Light Weapons, Their Ammunition and All Parts and Components That Can Be Used for Their Manufacture, Repair and Assembly (Kinshasa Convention)",
                    "Convention de l'Afrique centrale pour le contrôle des armes légères et de petit calibre, de leurs munitions et de toutes pièces et composantes pouvant servir à leur fabrication, réparation et assemblage (Convention de Kinshasa)",
                    "اتفاقية وسط أفريقيا لمراقبة الأسلحة الصغيرة والأسلحة الخفيفة وذخائرها وجميع القطع والمكونات التي يمكن استخدامها في صنعها وإصلاحها وتجميعها (اتفاقية كينشاسا)"),
            // adopted by the OAS General Assembly in Washington; opened for signature the next day
            new InstrumentRow("CIFTA", "REGIONAL", true, LocalDate.of(1997, 11, 13),
                    "Inter-American Convention against the Illicit Manufacturing of and Trafficking in Firearms, Ammunition, Explosives, and Other Related Materials (CIFTA)",
                    "Convention interaméricaine contre la fabrication et le trafic illicites d'armes à feu, de munitions, d'explosifs et d'autres matériels connexes (CIFTA)",
                    "اتفاقية البلدان الأمريكية لمكافحة صنع الأسلحة النارية والذخيرة والمتفجرات والمواد الأخرى ذات الصلة والاتجار بها بصورة غير مشروعة"),
            // signed in Blantyre
            new InstrumentRow("SADC_PROTOCOL", "REGIONAL", true, LocalDate.of(2001, 8, 14),
                    "SADC Protocol on the Control of Firearms, Ammunition and Other Related Materials",
                    "Protocole de la SADC sur le contrôle des armes à feu, des munitions et autres matériels connexes",
                    "بروتوكول الجماعة الإنمائية للجنوب الأفريقي بشأن مراقبة الأسلحة النارية والذخيرة والمواد الأخرى ذات الصلة"));

    public static UUID idOf(String code) {
        return UUID.nameUUIDFromBytes(("instrument:" + code).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void migrate(Context context) throws Exception {
        String sql = "INSERT INTO reg_instrument (id, code, name_en, name_fr, name_ar, kind, legally_binding, adopted_on,"
                + " version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)";
        try (PreparedStatement insert = context.getConnection().prepareStatement(sql)) {
            for (InstrumentRow instrument : INSTRUMENTS) {
                insert.setString(1, idOf(instrument.code()).toString());
                insert.setString(2, instrument.code());
                insert.setString(3, instrument.en());
                insert.setString(4, instrument.fr());
                insert.setString(5, instrument.ar());
                insert.setString(6, instrument.kind());
                insert.setBoolean(7, instrument.legallyBinding());
                insert.setObject(8, instrument.adoptedOn());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
