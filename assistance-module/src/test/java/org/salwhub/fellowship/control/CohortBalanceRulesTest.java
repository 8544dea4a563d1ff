package org.salwhub.fellowship.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.salwhub.fellowship.api.CohortBalance;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.Subregion;
import org.salwhub.registry.api.directory.Sex;
import org.salwhub.registry.api.kernel.LocalizedText;

class CohortBalanceRulesTest {

    static StateView state(UUID id, Subregion subregion, boolean developing) {
        return new StateView(new StateId(id), "XX", "XXX", new LocalizedText("X", null, null), true, null, 0, null,
                null, subregion, developing);
    }

    @Test
    void indicatorsCountWomenStatesSubregionsAndDevelopingCountries() {
        UUID kenya = UUID.randomUUID();
        UUID burundi = UUID.randomUUID();
        UUID germany = UUID.randomUUID();
        Map<UUID, StateView> states = Map.of(kenya, state(kenya, Subregion.EASTERN_AFRICA, true),
                burundi, state(burundi, Subregion.EASTERN_AFRICA, true),
                germany, state(germany, Subregion.WESTERN_EUROPE, false));
        CohortBalance b = CohortBalanceRules.balance(10, 50, 75, List.of(
                new CohortBalanceRules.Member(kenya, Sex.FEMALE), new CohortBalanceRules.Member(kenya, Sex.MALE),
                new CohortBalanceRules.Member(burundi, Sex.FEMALE), new CohortBalanceRules.Member(germany, Sex.MALE)),
                states);
        assertEquals(4, b.selected());
        assertEquals(2, b.women());
        assertEquals(50.0, b.womenPercent());
        assertTrue(b.womenTargetMet());
        assertEquals(3, b.states());
        assertEquals(2, b.subregions());
        assertEquals(75.0, b.developingPercent());
        assertTrue(b.developingTargetMet());
        assertEquals(6, b.seatsLeft());
    }

    @Test
    void anEmptyCohortMeetsNoTarget() {
        CohortBalance b = CohortBalanceRules.balance(5, 0, 0, List.of(), Map.of());
        assertEquals(0.0, b.womenPercent());
        assertFalse(b.womenTargetMet());
        assertEquals(5, b.seatsLeft());
    }

    @Test
    void oneWomanOfThreeIsBelowAHalfTarget() {
        UUID s = UUID.randomUUID();
        CohortBalance b = CohortBalanceRules.balance(3, 50, 0, List.of(new CohortBalanceRules.Member(s, Sex.FEMALE),
                new CohortBalanceRules.Member(s, Sex.MALE), new CohortBalanceRules.Member(s, Sex.UNDISCLOSED)),
                Map.of());
        assertEquals(33.3, b.womenPercent());
        assertFalse(b.womenTargetMet());
    }
}
