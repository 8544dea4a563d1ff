package org.salwhub.fellowship.api;

import java.util.Set;
import java.util.UUID;
import org.salwhub.registry.api.directory.AgencyType;

/**
 * The rules a nomination is screened against. {@code listedStates} only with {@link CallEligibleStates#LISTED};
 * no agency type means any; {@code requiredLanguage} (ISO 639-1, e.g. {@code en}) may be null.
 */
public record CallEligibility(CallEligibleStates states, Set<UUID> listedStates, Set<AgencyType> agencyTypes,
                              int minYearsExperience, String requiredLanguage) {
    public CallEligibility {
        states = states == null ? CallEligibleStates.ANY : states;
        listedStates = listedStates == null ? Set.of() : Set.copyOf(listedStates);
        agencyTypes = agencyTypes == null ? Set.of() : Set.copyOf(agencyTypes);
    }

    public static CallEligibility any() {
        return new CallEligibility(CallEligibleStates.ANY, Set.of(), Set.of(), 0, null);
    }
}
