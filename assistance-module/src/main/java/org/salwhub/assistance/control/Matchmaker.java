package org.salwhub.assistance.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.salwhub.assistance.api.MatchingWeights;
import org.salwhub.assistance.control.matching.Candidate;
import org.salwhub.assistance.control.matching.LineItem;
import org.salwhub.assistance.control.matching.MatchingEngine;
import org.salwhub.assistance.control.matching.MatchingIndex;
import org.salwhub.assistance.control.matching.Money;
import org.salwhub.assistance.control.matching.NeedProfile;
import org.salwhub.assistance.control.matching.OfferProfile;
import org.salwhub.assistance.control.matching.Weights;
import org.salwhub.assistance.entity.ItemLine;
import org.salwhub.assistance.entity.Need;
import org.salwhub.assistance.entity.Offer;

/**
 * Turns needs and offers into the engine's profiles and asks it to rank: what is still open of a need (its
 * remaining quantities), what is left of an offer (remaining capacity and budget), the State's subregion and
 * development status from the registry.
 */
public final class Matchmaker {

    /** What the registry says of a need's State. */
    public record StateFacts(String subregion, boolean developing) {
    }

    private final MatchingEngine engine;

    public Matchmaker(MatchingWeights weights, Rates rates, LocalDate today) {
        this.engine = new MatchingEngine(new Weights(weights.theme(), weights.assistanceType(), weights.lines(),
                weights.budget(), weights.period(), weights.language(), weights.developing(), weights.waiting()),
                rates, today);
    }

    public static NeedProfile profile(Need need, StateFacts state) {
        return new NeedProfile(UUID.fromString(need.id()), need.stateId(), state == null ? null : state.subregion(),
                state != null && state.developing(), need.languages(), need.themes(), need.assistanceTypes(),
                open(need.lines()), money(need.estimatedCost(), need.currency()), need.periodFrom(), need.periodTo(),
                need.publishedOn());
    }

    public static OfferProfile profile(Offer offer) {
        BigDecimal budget = offer.budget() == null ? null : offer.remainingBudget();
        return new OfferProfile(UUID.fromString(offer.id()), offer.organisationId(), offer.themes(),
                offer.assistanceTypes(), open(offer.lines()), money(budget, offer.currency()), offer.validFrom(),
                offer.validTo(), offer.languages(), offer.eligibleStates(), offer.eligibleSubregions());
    }

    private static List<LineItem> open(List<? extends ItemLine> lines) {
        return lines.stream().filter(line -> line.remaining() > 0)
                .map(line -> new LineItem(line.itemCode(), line.remaining())).toList();
    }

    private static Money money(BigDecimal amount, String currency) {
        return amount == null || currency == null ? null : new Money(amount, currency);
    }

    /** These offers indexed for ranking many needs with this matchmaker's weights, rates and day. */
    public MatchingIndex index(Collection<OfferProfile> offers) {
        return new MatchingIndex(engine, offers);
    }

    public List<Candidate> rankOffers(NeedProfile need, Collection<OfferProfile> offers, int limit) {
        return engine.rankOffers(need, offers, limit);
    }

    public List<Candidate> rankNeeds(OfferProfile offer, Collection<NeedProfile> needs, int limit) {
        return engine.rankNeeds(offer, needs, limit);
    }

    public java.util.Optional<Candidate> evaluate(NeedProfile need, OfferProfile offer) {
        return engine.evaluate(need, offer);
    }

    /**
     * The quantities a match would move when none are given: for every item both list, the lesser of what the
     * need still lacks and what the offer still has.
     */
    public static Map<String, Integer> suggestedQuantities(Need need, Offer offer) {
        Map<String, Integer> quantities = new java.util.LinkedHashMap<>();
        for (ItemLine line : need.lines()) {
            offer.line(line.itemCode()).ifPresent(available -> {
                int quantity = Math.min(line.remaining(), available.remaining());
                if (quantity > 0) {
                    quantities.put(line.itemCode(), quantity);
                }
            });
        }
        return quantities;
    }

    /** The official and working languages of the commission's States, as a need's default delivery languages. */
    public static Set<String> languagesOf(String iso2) {
        return switch (iso2 == null ? "" : iso2) {
            case "KE", "TZ", "UG" -> Set.of("en", "sw");
            case "BI" -> Set.of("fr", "rn", "en");
            case "RW" -> Set.of("rw", "en", "fr", "sw");
            case "CD", "CG", "CF" -> Set.of("fr");
            case "DJ" -> Set.of("fr", "ar");
            case "ER" -> Set.of("ti", "ar", "en");
            case "ET" -> Set.of("am", "en");
            case "SC" -> Set.of("en", "fr");
            case "SO" -> Set.of("so", "ar");
            case "SS" -> Set.of("en");
            case "SD" -> Set.of("ar", "en");
            default -> Set.of("en");
        };
    }
}
