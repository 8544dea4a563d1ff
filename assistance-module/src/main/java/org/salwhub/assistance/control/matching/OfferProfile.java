package org.salwhub.assistance.control.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What the engine knows of a published offer. Collections may be given as {@code null} (empty).
 *
 * @param offerId            the offer
 * @param organisationId     the donor organisation
 * @param themes             thematic area codes
 * @param assistanceTypes    assistance type codes
 * @param availableLines     remaining capacity per equipment type or training topic
 * @param budget             remaining budget envelope, or {@code null} when not stated
 * @param validFrom          first day of validity, or {@code null} (open)
 * @param validTo            last day of validity, or {@code null} (open)
 * @param deliveryLanguages  language codes (ISO 639-1) the assistance can be delivered in
 * @param eligibleStates     States the offer is open to
 * @param eligibleSubregions subregion codes the offer is open to; with {@code eligibleStates} both
 *                           empty the offer is open to all States
 */
public record OfferProfile(UUID offerId, UUID organisationId, Set<String> themes, Set<String> assistanceTypes,
                           List<LineItem> availableLines, Money budget, LocalDate validFrom, LocalDate validTo,
                           Set<String> deliveryLanguages, Set<UUID> eligibleStates, Set<String> eligibleSubregions) {

    public OfferProfile {
        Objects.requireNonNull(offerId, "offerId");
        themes = Profiles.set(themes);
        assistanceTypes = Profiles.set(assistanceTypes);
        availableLines = Profiles.list(availableLines);
        deliveryLanguages = Profiles.languages(deliveryLanguages);
        eligibleStates = Profiles.set(eligibleStates);
        eligibleSubregions = Profiles.set(eligibleSubregions);
    }

    /** Whether the offer is open to every State (no State and no subregion named). */
    public boolean openToAllStates() {
        return eligibleStates.isEmpty() && eligibleSubregions.isEmpty();
    }
}
