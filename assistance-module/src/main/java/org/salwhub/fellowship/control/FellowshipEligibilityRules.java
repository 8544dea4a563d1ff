package org.salwhub.fellowship.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.salwhub.fellowship.api.CallEligibility;
import org.salwhub.fellowship.api.NominationApplication;
import org.salwhub.registry.api.StateView;

/** Screens an application against a call's eligibility rules. Pure: the boundary supplies the facts. */
public final class FellowshipEligibilityRules {

    public static final String STATE = "fellowship.ineligible.state";
    public static final String AGENCY_TYPE = "fellowship.ineligible.agencyType";
    public static final String EXPERIENCE = "fellowship.ineligible.experience";
    public static final String LANGUAGE = "fellowship.ineligible.language";

    private FellowshipEligibilityRules() {
    }

    /** The rules the application fails (message keys), in a fixed order; empty when eligible. */
    public static List<String> screen(CallEligibility rules, StateView state, NominationApplication application) {
        List<String> failed = new ArrayList<>();
        if (!stateEligible(rules, state)) {
            failed.add(STATE);
        }
        if (!rules.agencyTypes().isEmpty()
                && (application.agencyType() == null || !rules.agencyTypes().contains(application.agencyType()))) {
            failed.add(AGENCY_TYPE);
        }
        if (application.yearsExperience() < rules.minYearsExperience()) {
            failed.add(EXPERIENCE);
        }
        String language = rules.requiredLanguage();
        if (language != null && !language.isBlank() && application.languages().stream()
                .noneMatch(l -> l != null && l.trim().toLowerCase(Locale.ROOT)
                        .equals(language.trim().toLowerCase(Locale.ROOT)))) {
            failed.add(LANGUAGE);
        }
        return failed;
    }

    static boolean stateEligible(CallEligibility rules, StateView state) {
        return switch (rules.states()) {
            case ANY -> true;
            case DEVELOPING -> state != null && Boolean.TRUE.equals(state.developing());
            case COMMISSION_MEMBERS -> state != null && state.commissionMember();
            case LISTED -> state != null && rules.listedStates().contains(state.id().value());
        };
    }
}
