package org.salwhub.fellowship.control;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.salwhub.fellowship.api.CohortBalance;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.directory.Sex;

/** The balance indicators of a cohort: women, States, subregions, developing countries. Pure. */
public final class CohortBalanceRules {

    private CohortBalanceRules() {
    }

    /** A member of the cohort: their State and sex. */
    public record Member(UUID stateId, Sex sex) {
    }

    public static CohortBalance balance(int seats, int womenTarget, int developingTarget, List<Member> members,
                                        Map<UUID, StateView> states) {
        Set<UUID> stateIds = new HashSet<>();
        Set<Object> subregions = new HashSet<>();
        int women = 0;
        int developing = 0;
        for (Member member : members) {
            if (member.sex() == Sex.FEMALE) {
                women++;
            }
            stateIds.add(member.stateId());
            StateView state = states.get(member.stateId());
            if (state != null && state.subregion() != null) {
                subregions.add(state.subregion());
            }
            if (state != null && Boolean.TRUE.equals(state.developing())) {
                developing++;
            }
        }
        stateIds.removeIf(Objects::isNull);
        return new CohortBalance(seats, members.size(), women, womenTarget, stateIds.size(), subregions.size(),
                developing, developingTarget);
    }
}
