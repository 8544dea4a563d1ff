package org.salwhub.registry.api;

import java.time.LocalDate;
import org.salwhub.registry.api.kernel.LocalizedText;

/** A State as other modules see it. */
public record StateView(StateId id, String iso2, String iso3, LocalizedText name,
                        boolean commissionMember, LocalDate memberSince, long version) {
}
