package org.salwhub.fellowship.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.salwhub.fellowship.api.CallEligibility;
import org.salwhub.fellowship.api.CallEligibleStates;
import org.salwhub.fellowship.api.NominationAgeBand;
import org.salwhub.fellowship.api.NominationApplication;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.Subregion;
import org.salwhub.registry.api.directory.AgencyType;
import org.salwhub.registry.api.directory.Sex;
import org.salwhub.registry.api.kernel.LocalizedText;

class FellowshipEligibilityRulesTest {

    final UUID kenyaId = UUID.randomUUID();
    final StateView kenya = new StateView(new StateId(kenyaId), "KE", "KEN", new LocalizedText("Kenya", null, null),
            true, null, 0, null, null, Subregion.EASTERN_AFRICA, true);
    final StateView norway = new StateView(new StateId(UUID.randomUUID()), "NO", "NOR",
            new LocalizedText("Norway", null, null), false, null, 0, null, null, Subregion.NORTHERN_EUROPE, false);

    NominationApplication app(AgencyType type, int years, String... languages) {
        return new NominationApplication("Inspector", "Police", type, null, years, null, List.of(languages),
                Sex.FEMALE, NominationAgeBand.FROM_30_TO_39);
    }

    @Test
    void aDevelopingCountryPoliceOfficerWithEnoughExperienceInEnglishIsEligible() {
        CallEligibility rules = new CallEligibility(CallEligibleStates.DEVELOPING, null,
                Set.of(AgencyType.LAW_ENFORCEMENT, AgencyType.CUSTOMS), 3, "en");
        assertEquals(List.of(), FellowshipEligibilityRules.screen(rules, kenya, app(AgencyType.LAW_ENFORCEMENT, 3, "EN", "sw")));
    }

    @Test
    void everyFailedRuleIsListed() {
        CallEligibility rules = new CallEligibility(CallEligibleStates.DEVELOPING, null,
                Set.of(AgencyType.LAW_ENFORCEMENT), 5, "fr");
        assertEquals(List.of(FellowshipEligibilityRules.STATE, FellowshipEligibilityRules.AGENCY_TYPE,
                        FellowshipEligibilityRules.EXPERIENCE, FellowshipEligibilityRules.LANGUAGE),
                FellowshipEligibilityRules.screen(rules, norway, app(AgencyType.MINISTRY, 4, "en")));
    }

    @Test
    void commissionMembersAndListedStates() {
        CallEligibility members = new CallEligibility(CallEligibleStates.COMMISSION_MEMBERS, null, null, 0, null);
        assertEquals(List.of(), FellowshipEligibilityRules.screen(members, kenya, app(null, 0)));
        assertEquals(List.of(FellowshipEligibilityRules.STATE), FellowshipEligibilityRules.screen(members, norway, app(null, 0)));
        CallEligibility listed = new CallEligibility(CallEligibleStates.LISTED, Set.of(kenyaId), null, 0, null);
        assertEquals(List.of(), FellowshipEligibilityRules.screen(listed, kenya, app(null, 0)));
        assertEquals(List.of(FellowshipEligibilityRules.STATE), FellowshipEligibilityRules.screen(listed, norway, app(null, 0)));
    }
}
