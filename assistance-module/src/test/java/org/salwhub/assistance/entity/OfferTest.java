package org.salwhub.assistance.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.salwhub.assistance.api.LineInput;
import org.salwhub.assistance.api.OfferDraft;
import org.salwhub.assistance.api.OfferId;
import org.salwhub.assistance.api.OfferStatus;
import org.salwhub.registry.api.Subregion;
import org.salwhub.registry.api.kernel.ValidationException;

class OfferTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final UUID EU = UUID.randomUUID();

    static Offer offer(int machines, String budget, Set<UUID> states, Set<Subregion> subregions) {
        return new Offer(OfferId.random(), new OfferDraft(EU, "Machines", null, Set.of("MARKING"), Set.of("EQUIPMENT"),
                machines == 0 ? List.of() : List.of(new LineInput("MARKING_MACHINE", machines, null, null)),
                budget == null ? null : new BigDecimal(budget), "EUR", TODAY, TODAY.plusYears(1), Set.of("en"), null,
                states, subregions, null), "donor.eu", Instant.now());
    }

    @Test
    void commitmentsNeverExceedTheCapacityOrTheBudget() {
        Offer offer = offer(5, "100000", Set.of(), Set.of());
        offer.publish(TODAY);
        offer.commit(Map.of("MARKING_MACHINE", 4), new BigDecimal("60000"));
        assertEquals(OfferStatus.PARTIALLY_COMMITTED, offer.status());
        ValidationException over = assertThrows(ValidationException.class,
                () -> offer.commit(Map.of("MARKING_MACHINE", 2), new BigDecimal("50000")));
        assertEquals(List.of("match.overCommitted", "match.overBudget"),
                over.errors().stream().map(e -> e.code()).toList());
        assertEquals(1, offer.line("MARKING_MACHINE").orElseThrow().remaining(), "nothing taken on a refusal");
        assertEquals(new BigDecimal("40000"), offer.remainingBudget());
        offer.commit(Map.of("MARKING_MACHINE", 1), null);
        assertEquals(OfferStatus.FULLY_COMMITTED, offer.status());
        assertThrows(ValidationException.class, () -> offer.moveTo(OfferStatus.PUBLISHED));
    }

    @Test
    void aBudgetOnlyOfferIsFullyCommittedWhenTheBudgetIsSpent() {
        Offer offer = offer(0, "50000", Set.of(), Set.of());
        assertEquals(List.of(), offer.incompleteness(TODAY));
        offer.publish(TODAY);
        offer.commit(Map.of(), new BigDecimal("50000"));
        assertEquals(OfferStatus.FULLY_COMMITTED, offer.status());
        Offer empty = offer(0, null, Set.of(), Set.of());
        assertEquals("offer.capacity", empty.incompleteness(TODAY).get(0).code());
    }

    @Test
    void eligibilityIsAllStatesUnlessStatesOrSubregionsAreNamed() {
        UUID kenya = UUID.randomUUID();
        UUID sudan = UUID.randomUUID();
        assertTrue(offer(1, null, Set.of(), Set.of()).isEligible(sudan, Subregion.NORTHERN_AFRICA));
        Offer eastAfrica = offer(1, null, Set.of(), Set.of(Subregion.EASTERN_AFRICA));
        assertTrue(eastAfrica.isEligible(kenya, Subregion.EASTERN_AFRICA));
        assertFalse(eastAfrica.isEligible(sudan, Subregion.NORTHERN_AFRICA));
        Offer named = offer(1, null, Set.of(sudan), Set.of(Subregion.EASTERN_AFRICA));
        assertTrue(named.isEligible(sudan, Subregion.NORTHERN_AFRICA), "named States count as well");
    }

    @Test
    void onlyACompleteDraftIsPublished() {
        Offer empty = offer(0, null, Set.of(), Set.of());
        ValidationException incomplete = assertThrows(ValidationException.class, () -> empty.publish(TODAY));
        assertEquals("offer.capacity", incomplete.errors().get(0).code());
        assertEquals(OfferStatus.DRAFT, empty.status());
        Offer offer = offer(2, null, Set.of(), Set.of());
        offer.publish(TODAY);
        assertEquals(TODAY, offer.view().publishedOn());
        ValidationException again = assertThrows(ValidationException.class, () -> offer.publish(TODAY));
        assertEquals("transition.illegal", again.errors().get(0).code());
        assertEquals(List.of("PUBLISHED", "PUBLISHED"), again.errors().get(0).args());
    }

    @Test
    void aClosedOfferIsNoLongerChangedAndAPublishedOneStaysComplete() {
        Offer offer = offer(2, null, Set.of(), Set.of());
        offer.requireEditable();
        offer.publish(TODAY);
        offer.requireEditable();
        OfferDraft noThemes = new OfferDraft(EU, "Machines", null, Set.of(), Set.of("EQUIPMENT"),
                List.of(new LineInput("MARKING_MACHINE", 2, null, null)), null, "EUR", TODAY, TODAY.plusYears(1),
                Set.of("en"), null, Set.of(), Set.of(), null);
        assertEquals("themes", assertThrows(ValidationException.class, () -> offer.revise(noThemes, TODAY))
                .errors().get(0).field());
        Offer draft = offer(2, null, Set.of(), Set.of());
        draft.revise(noThemes, TODAY);
        assertEquals(Set.of(), draft.themes(), "a draft may be incomplete");
        offer.moveTo(OfferStatus.WITHDRAWN);
        assertEquals("offer.notEditable", assertThrows(ValidationException.class, offer::requireEditable)
                .errors().get(0).code());
        for (OfferStatus status : OfferStatus.values()) {
            assertEquals(status == OfferStatus.DRAFT || status == OfferStatus.PUBLISHED
                    || status == OfferStatus.PARTIALLY_COMMITTED, status.isEditable(), status.name());
        }
    }

    @Test
    void capacityIsFixedOnceCommittedButTheRestMayChange() {
        Offer offer = offer(5, "100000", Set.of(), Set.of());
        offer.publish(TODAY);
        offer.commit(Map.of("MARKING_MACHINE", 2), null);
        OfferDraft sameCapacity = new OfferDraft(EU, "Renamed", "Now with a description", Set.of("MARKING", "TRACING"),
                Set.of("EQUIPMENT"), List.of(new LineInput("MARKING_MACHINE", 5, null, null)),
                new BigDecimal("100000.00"), "EUR", TODAY, TODAY.plusYears(2), Set.of("en", "fr"), null, Set.of(),
                Set.of(), null);
        offer.describe(sameCapacity);
        assertEquals("Renamed", offer.title());
        OfferDraft less = new OfferDraft(EU, "Renamed", null, Set.of("MARKING"), Set.of("EQUIPMENT"),
                List.of(new LineInput("MARKING_MACHINE", 1, null, null)), new BigDecimal("100000"), "EUR", TODAY,
                TODAY.plusYears(2), Set.of("en"), null, Set.of(), Set.of(), null);
        assertEquals("lines.committed", assertThrows(ValidationException.class, () -> offer.describe(less))
                .errors().get(0).code());
    }
}
