package db.migration.registry;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The organisations of the SALW network: regional and subregional bodies, UN
 * entities, international organisations and the donor agencies most active in
 * small-arms assistance. Staff edit and extend the list in the application.
 */
public class V3__Load_organisations extends BaseJavaMigration {

    record Org(String acronym, String type, boolean donor, String en, String fr, String ar) {
    }

    static final List<Org> ORGANISATIONS = List.of(
            new Org("AU", "REGIONAL", false, "African Union", "Union africaine", "الاتحاد الأفريقي"),
            new Org("RECSA", "SUBREGIONAL", false,
                    "Regional Centre on Small Arms in the Great Lakes Region, the Horn of Africa and Bordering States",
                    "Centre régional sur les armes légères dans la région des Grands Lacs, la Corne de l'Afrique et les États limitrophes",
                    "المركز الإقليمي المعني بالأسلحة الصغيرة في منطقة البحيرات الكبرى والقرن الأفريقي والدول المجاورة"),
            new Org("ECOWAS", "SUBREGIONAL", false, "Economic Community of West African States",
                    "Communauté économique des États de l'Afrique de l'Ouest", "الجماعة الاقتصادية لدول غرب أفريقيا"),
            new Org("EAC", "SUBREGIONAL", false, "East African Community", "Communauté d'Afrique de l'Est",
                    "جماعة شرق أفريقيا"),
            new Org("SADC", "SUBREGIONAL", false, "Southern African Development Community",
                    "Communauté de développement de l'Afrique australe", "الجماعة الإنمائية للجنوب الأفريقي"),
            new Org("ECCAS", "SUBREGIONAL", false, "Economic Community of Central African States",
                    "Communauté économique des États de l'Afrique centrale", "الجماعة الاقتصادية لدول وسط أفريقيا"),
            new Org("LAS", "REGIONAL", false, "League of Arab States", "Ligue des États arabes", "جامعة الدول العربية"),
            new Org("OAS", "REGIONAL", false, "Organization of American States", "Organisation des États américains",
                    "منظمة الدول الأمريكية"),
            new Org("OSCE", "REGIONAL", true, "Organization for Security and Co-operation in Europe",
                    "Organisation pour la sécurité et la coopération en Europe", "منظمة الأمن والتعاون في أوروبا"),
            new Org("SEESAC", "SUBREGIONAL", false,
                    "South Eastern and Eastern Europe Clearinghouse for the Control of Small Arms and Light Weapons",
                    "Centre d'échange d'informations de l'Europe du Sud-Est et de l'Est sur le contrôle des armes légères",
                    "مركز تبادل المعلومات لمراقبة الأسلحة الصغيرة والأسلحة الخفيفة في جنوب شرق وشرق أوروبا"),
            new Org("UNODA", "UN_ENTITY", false, "United Nations Office for Disarmament Affairs",
                    "Bureau des affaires de désarmement des Nations Unies", "مكتب الأمم المتحدة لشؤون نزع السلاح"),
            new Org("UNREC", "UN_ENTITY", false, "United Nations Regional Centre for Peace and Disarmament in Africa",
                    "Centre régional des Nations Unies pour la paix et le désarmement en Afrique",
                    "مركز الأمم المتحدة الإقليمي للسلام ونزع السلاح في أفريقيا"),
            new Org("UNLIREC", "UN_ENTITY", false,
                    "United Nations Regional Centre for Peace, Disarmament and Development in Latin America and the Caribbean",
                    "Centre régional des Nations Unies pour la paix, le désarmement et le développement en Amérique latine et dans les Caraïbes",
                    "مركز الأمم المتحدة الإقليمي للسلام ونزع السلاح والتنمية في أمريكا اللاتينية ومنطقة البحر الكاريبي"),
            new Org("UNRCPD", "UN_ENTITY", false, "United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific",
                    "Centre régional des Nations Unies pour la paix et le désarmement en Asie et dans le Pacifique",
                    "مركز الأمم المتحدة الإقليمي للسلام ونزع السلاح في آسيا والمحيط الهادئ"),
            new Org("UNODC", "UN_ENTITY", false, "United Nations Office on Drugs and Crime",
                    "Office des Nations Unies contre la drogue et le crime", "مكتب الأمم المتحدة المعني بالمخدرات والجريمة"),
            new Org("UNDP", "UN_ENTITY", true, "United Nations Development Programme",
                    "Programme des Nations Unies pour le développement", "برنامج الأمم المتحدة الإنمائي"),
            new Org("UNSCAR", "UN_ENTITY", true, "UN Trust Facility Supporting Cooperation on Arms Regulation",
                    "Mécanisme de financement des Nations Unies pour la coopération en matière de réglementation des armements",
                    "مرفق الأمم المتحدة الاستئماني لدعم التعاون في مجال تنظيم الأسلحة"),
            new Org("INTERPOL", "INTERNATIONAL", false, "International Criminal Police Organization",
                    "Organisation internationale de police criminelle", "المنظمة الدولية للشرطة الجنائية"),
            new Org("EU", "REGIONAL", true, "European Union", "Union européenne", "الاتحاد الأوروبي"),
            new Org("GFFO", "STATE", true, "German Federal Foreign Office", "Ministère fédéral des Affaires étrangères (Allemagne)",
                    "وزارة الخارجية الاتحادية الألمانية"),
            new Org("GIZ", "STATE", true, "Deutsche Gesellschaft für Internationale Zusammenarbeit",
                    "Deutsche Gesellschaft für Internationale Zusammenarbeit", "الوكالة الألمانية للتعاون الدولي"),
            new Org("JICA", "STATE", true, "Japan International Cooperation Agency", "Agence japonaise de coopération internationale",
                    "الوكالة اليابانية للتعاون الدولي"),
            new Org("PM/WRA", "STATE", true, "US Department of State, Office of Weapons Removal and Abatement",
                    "Département d'État des États-Unis, Bureau d'élimination et de réduction des armes",
                    "وزارة الخارجية الأمريكية، مكتب إزالة الأسلحة والحد منها"),
            new Org("GAC", "STATE", true, "Global Affairs Canada", "Affaires mondiales Canada", "الشؤون العالمية كندا"),
            new Org("SAS", "RESEARCH", false, "Small Arms Survey", "Small Arms Survey", "مسح الأسلحة الصغيرة"),
            new Org("CAR", "RESEARCH", false, "Conflict Armament Research", "Conflict Armament Research",
                    "أبحاث تسلح النزاعات"),
            new Org("IANSA", "NGO", false, "International Action Network on Small Arms",
                    "Réseau d'action international sur les armes légères", "شبكة العمل الدولية بشأن الأسلحة الصغيرة"));

    public static UUID idOf(String acronym) {
        return UUID.nameUUIDFromBytes(("organisation:" + acronym).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void migrate(Context context) throws Exception {
        String sql = "INSERT INTO reg_organisation (id, acronym, name_en, name_fr, name_ar, org_type, donor, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, 0)";
        try (PreparedStatement insert = context.getConnection().prepareStatement(sql)) {
            for (Org org : ORGANISATIONS) {
                insert.setString(1, idOf(org.acronym()).toString());
                insert.setString(2, org.acronym());
                insert.setString(3, org.en());
                insert.setString(4, org.fr());
                insert.setString(5, org.ar());
                insert.setString(6, org.type());
                insert.setBoolean(7, org.donor());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
