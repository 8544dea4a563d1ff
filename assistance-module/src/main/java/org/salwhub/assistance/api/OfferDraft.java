package org.salwhub.assistance.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.salwhub.registry.api.Subregion;

/**
 * What a donor representative enters for an offer of their organisation. Empty eligible States and subregions
 * mean every State. Publishing checks completeness: themes, types, validity, a budget or capacity lines.
 */
public record OfferDraft(UUID organisationId, String title, String description, Set<String> themes,
                         Set<String> assistanceTypes, List<LineInput> lines, BigDecimal budget, String currency,
                         LocalDate validFrom, LocalDate validTo, Set<String> languages, String implementingPartner,
                         Set<UUID> eligibleStates, Set<Subregion> eligibleSubregions, String conditions) {
    public OfferDraft {
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        assistanceTypes = assistanceTypes == null ? Set.of() : Set.copyOf(assistanceTypes);
        lines = lines == null ? List.of() : List.copyOf(lines);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        eligibleStates = eligibleStates == null ? Set.of() : Set.copyOf(eligibleStates);
        eligibleSubregions = eligibleSubregions == null ? Set.of() : Set.copyOf(eligibleSubregions);
    }
}
