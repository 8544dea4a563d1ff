package org.salwhub.registry.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.salwhub.registry.api.StateView;

/**
 * The key member States are grouped by in reporting rates: their M49 subregion, named like the registry's
 * coming {@code Subregion} constants ("EASTERN_AFRICA"), or {@link #OTHER}.
 *
 * <p>Placeholder: until {@code StateView} carries the subregion read from {@code reg_state.subregion}
 * (reference-data work in progress), this is a lookup of the African States by ISO code, the commission's
 * region. Once that is merged, {@link #of(StateView)} becomes {@code state.subregion() == null ? OTHER :
 * state.subregion().name()} and the table goes.
 */
public final class ReportingGroups {

    /** Outside the lookup. */
    public static final String OTHER = "OTHER";

    private static final Map<String, String> SUBREGION_BY_ISO2 = new HashMap<>();

    static {
        put("NORTHERN_AFRICA", List.of("DZ", "EG", "EH", "LY", "MA", "SD", "TN"));
        put("EASTERN_AFRICA", List.of("BI", "DJ", "ER", "ET", "IO", "KE", "KM", "MG", "MU", "MW", "MZ", "RE", "RW",
                "SC", "SO", "SS", "TF", "TZ", "UG", "YT", "ZM", "ZW"));
        put("MIDDLE_AFRICA", List.of("AO", "CD", "CF", "CG", "CM", "GA", "GQ", "ST", "TD"));
        put("SOUTHERN_AFRICA", List.of("BW", "LS", "NA", "SZ", "ZA"));
        put("WESTERN_AFRICA", List.of("BF", "BJ", "CI", "CV", "GH", "GM", "GN", "GW", "LR", "ML", "MR", "NE", "NG",
                "SH", "SL", "SN", "TG"));
    }

    private ReportingGroups() {
    }

    private static void put(String subregion, List<String> states) {
        states.forEach(iso2 -> SUBREGION_BY_ISO2.put(iso2, subregion));
    }

    public static String of(StateView state) {
        if (state == null) {
            return OTHER;
        }
        // the M49 subregion from the registry's reference data; the ISO lookup only for States without one
        return state.subregion() != null ? state.subregion().name() : ofIsoCode(state.iso2());
    }

    /** By ISO 3166-1 alpha-2 code. */
    public static String ofIsoCode(String iso2) {
        return iso2 == null ? OTHER : SUBREGION_BY_ISO2.getOrDefault(iso2, OTHER);
    }
}
