package org.salwhub.assistance.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.salwhub.assistance.api.MatchId;
import org.salwhub.assistance.api.MatchStatus;
import org.salwhub.assistance.api.NeedStatus;
import org.salwhub.assistance.api.OfferStatus;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.ValidationException;

/** The rules of proposing and confirming a match, held by the {@link Match} aggregate. */
class MatchTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    static Need publishedNeed(int machines) {
        Need need = NeedTest.need(machines);
        NeedTest.publish(need);
        return need;
    }

    static Offer publishedOffer(int machines, String budget) {
        Offer offer = OfferTest.offer(machines, budget, Set.of(), Set.of());
        offer.publish(OfferTest.TODAY);
        return offer;
    }

    static Match propose(Need need, Offer offer, int machines, String amount) {
        return Match.propose(MatchId.random(), need, offer, Map.of("MARKING_MACHINE", machines),
                amount == null ? null : new BigDecimal(amount), null, 0.8, "staff", NOW);
    }

    static List<String> codes(ValidationException e) {
        return e.errors().stream().map(FieldError::code).toList();
    }

    @Test
    void aPairIsProposedOnlyOnceWhilePending() {
        Need need = publishedNeed(8);
        Offer offer = publishedOffer(5, null);
        Match pending = propose(need, offer, 2, null);
        ValidationException twice = assertThrows(ValidationException.class,
                () -> Match.requireNoPendingPair(List.of(pending), offer.id()));
        assertEquals(List.of("match.duplicate"), codes(twice));
        assertEquals("offerId", twice.errors().get(0).field());
        Offer other = publishedOffer(5, null);
        Match.requireNoPendingPair(List.of(pending), other.id());
        pending.close(MatchStatus.DECLINED, "fp.kenya", "not now", NOW);
        Match.requireNoPendingPair(List.of(pending), offer.id());
    }

    @Test
    void onlyOpenNeedsAndOffersAreMatched() {
        Need draft = NeedTest.need(8);
        Offer offer = publishedOffer(5, null);
        ValidationException need = assertThrows(ValidationException.class, () -> Match.requireOpen(draft, offer));
        assertEquals(List.of("match.needNotOpen"), codes(need));
        Offer unpublished = OfferTest.offer(5, null, Set.of(), Set.of());
        ValidationException closed = assertThrows(ValidationException.class,
                () -> Match.requireOpen(publishedNeed(8), unpublished));
        assertEquals(List.of("match.offerNotOpen"), codes(closed));
        Match.requireOpen(publishedNeed(8), offer);
    }

    @Test
    void aProposalStaysWithinWhatTheNeedAsksAndTheOfferHasLeft() {
        Need need = publishedNeed(8);
        Offer offer = publishedOffer(5, "1000");
        Map<String, Integer> quantities = new LinkedHashMap<>();
        quantities.put("MARKING_MACHINE", 6);
        quantities.put("LASER_ENGRAVER", 1);
        ValidationException over = assertThrows(ValidationException.class, () -> Match.propose(MatchId.random(),
                need, offer, quantities, new BigDecimal("1000.01"), "x".repeat(Need.TEXT_MAX + 1), null, "s", NOW));
        assertEquals(List.of("match.overCommitted", "match.notRequested", "match.overBudget", "tooLong"),
                codes(over));
        assertEquals(List.of("quantity.range"), codes(assertThrows(ValidationException.class,
                () -> propose(need, offer, 0, null))));
        assertEquals(List.of("match.empty"), codes(assertThrows(ValidationException.class,
                () -> Match.propose(MatchId.random(), need, offer, Map.of(), BigDecimal.ZERO, null, null, "s", NOW))));
        Match match = propose(need, offer, 5, "0");
        assertEquals(MatchStatus.PROPOSED, match.status());
        assertNull(match.fundingAmount(), "a funding of zero is none");
        assertEquals("EUR", match.currency(), "the offer's currency");
        assertEquals(need.id(), match.needId());
        assertEquals(Map.of("MARKING_MACHINE", 5), match.quantities());
    }

    @Test
    void confirmingCommitsTheOfferAndCoversTheNeedAfterBothPartiesAccepted() {
        Need need = publishedNeed(8);
        Offer offer = publishedOffer(5, "1000");
        Match match = propose(need, offer, 3, "400");
        ValidationException early = assertThrows(ValidationException.class,
                () -> match.confirm(need, offer, "staff", NOW, OfferTest.TODAY));
        assertEquals(List.of("transition.illegal"), codes(early));
        assertEquals(5, offer.line("MARKING_MACHINE").orElseThrow().remaining(), "nothing committed on a refusal");
        match.acceptAsRecipient("fp.kenya", NOW);
        match.acceptAsDonor("donor.eu", NOW);
        ValidationException late = assertThrows(ValidationException.class,
                () -> match.confirm(need, offer, "staff", NOW, OfferTest.TODAY.plusYears(2)));
        assertEquals(List.of("offer.validityOver"), codes(late));
        assertThrows(IllegalArgumentException.class,
                () -> match.confirm(publishedNeed(8), offer, "staff", NOW, OfferTest.TODAY));
        match.confirm(need, offer, "staff", NOW, OfferTest.TODAY);
        assertEquals(MatchStatus.CONFIRMED, match.status());
        assertEquals(2, offer.line("MARKING_MACHINE").orElseThrow().remaining());
        assertEquals(new BigDecimal("600"), offer.remainingBudget());
        assertEquals(OfferStatus.PARTIALLY_COMMITTED, offer.status());
        assertEquals(5, need.line("MARKING_MACHINE").orElseThrow().remaining());
        assertEquals(NeedStatus.PARTIALLY_MATCHED, need.status());
    }

    @Test
    void aMatchIsNotConfirmedOnceTheNeedIsNoLongerOpen() {
        Need need = publishedNeed(8);
        Offer offer = publishedOffer(5, null);
        Match match = propose(need, offer, 3, null);
        match.acceptAsRecipient("fp.kenya", NOW);
        match.acceptAsDonor("donor.eu", NOW);
        need.moveTo(NeedStatus.WITHDRAWN, OfferTest.TODAY);
        ValidationException closed = assertThrows(ValidationException.class,
                () -> match.confirm(need, offer, "staff", NOW, OfferTest.TODAY));
        assertEquals(List.of("match.needNotOpen"), codes(closed));
        assertEquals(MatchStatus.DONOR_ACCEPTED, match.status());
    }
}
