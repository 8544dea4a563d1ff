package org.salwhub.assistance.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.salwhub.registry.api.Subregion;

/**
 * An offer as the caller may see it; {@code committedBudget} is what confirmed matches took of the budget;
 * {@code may} says what the caller may do with it.
 */
public record OfferView(OfferId id, UUID organisationId, String title, String description, Set<String> themes,
                        Set<String> assistanceTypes, List<LineView> lines, BigDecimal budget, String currency,
                        BigDecimal committedBudget, LocalDate validFrom, LocalDate validTo, Set<String> languages,
                        String implementingPartner, Set<UUID> eligibleStates, Set<Subregion> eligibleSubregions,
                        String conditions, OfferStatus status, String createdBy, Instant createdAt,
                        LocalDate publishedOn, long version, OfferPermissions may) {

    public OfferView {
        may = may == null ? OfferPermissions.NONE : may;
    }

    /** An offer seen by no one in particular: it allows nothing. */
    public OfferView(OfferId id, UUID organisationId, String title, String description, Set<String> themes,
                     Set<String> assistanceTypes, List<LineView> lines, BigDecimal budget, String currency,
                     BigDecimal committedBudget, LocalDate validFrom, LocalDate validTo, Set<String> languages,
                     String implementingPartner, Set<UUID> eligibleStates, Set<Subregion> eligibleSubregions,
                     String conditions, OfferStatus status, String createdBy, Instant createdAt,
                     LocalDate publishedOn, long version) {
        this(id, organisationId, title, description, themes, assistanceTypes, lines, budget, currency,
                committedBudget, validFrom, validTo, languages, implementingPartner, eligibleStates,
                eligibleSubregions, conditions, status, createdBy, createdAt, publishedOn, version,
                OfferPermissions.NONE);
    }

    /** The same offer, with what its reader may do. */
    public OfferView withPermissions(OfferPermissions permissions) {
        return new OfferView(id, organisationId, title, description, themes, assistanceTypes, lines, budget, currency,
                committedBudget, validFrom, validTo, languages, implementingPartner, eligibleStates,
                eligibleSubregions, conditions, status, createdBy, createdAt, publishedOn, version, permissions);
    }

    public int offeredQuantity() {
        return lines.stream().mapToInt(LineView::quantity).sum();
    }

    public int committedQuantity() {
        return lines.stream().mapToInt(LineView::done).sum();
    }
}
