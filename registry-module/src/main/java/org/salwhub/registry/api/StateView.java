package org.salwhub.registry.api;

import java.time.LocalDate;
import org.salwhub.registry.api.kernel.LocalizedText;

/**
 * A State as other modules see it. {@code regionalGroup} is null for a State in no group, {@code subregion} and
 * {@code developing} for an area outside the M49 standard.
 */
public record StateView(StateId id, String iso2, String iso3, LocalizedText name,
                        boolean commissionMember, LocalDate memberSince, long version,
                        UnStatus unStatus, RegionalGroup regionalGroup, Subregion subregion, Boolean developing) {
}
