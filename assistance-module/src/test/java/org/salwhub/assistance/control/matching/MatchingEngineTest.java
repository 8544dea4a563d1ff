package org.salwhub.assistance.control.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.salwhub.assistance.control.matching.ReasonKeys.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each soft score with its explanation (key and arguments), the hard constraints and the ranking. */
class MatchingEngineTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final UUID KENYA = UUID.fromString("00000000-0000-0000-0000-00000000004b");
    static final UUID SUDAN = UUID.fromString("00000000-0000-0000-0000-000000000053");
    static final String EASTERN_AFRICA = "014";
    static final String NORTHERN_AFRICA = "015";

    /** 1 EUR = 1.25 USD; GBP has a rate, XOF none. */
    static final ExchangeRates RATES = ExchangeRates.viaBase("EUR",
            Map.of("USD", new BigDecimal("1.25"), "GBP", new BigDecimal("0.80")));

    static final MatchingEngine ENGINE = new MatchingEngine(Weights.defaults(), RATES, TODAY);

    // ------------------------------------------------------------------ builders

    static final class Need {
        UUID id = UUID.randomUUID();
        UUID state = SUDAN;
        String subregion = NORTHERN_AFRICA;
        boolean developing = true;
        Set<String> languages = Set.of("ar");
        Set<String> themes = Set.of("marking");
        Set<String> types = Set.of("equipment");
        List<LineItem> lines = List.of(new LineItem("marking-machine", 8));
        Money cost = Money.of("100000", "EUR");
        LocalDate from;
        LocalDate to;
        LocalDate published = TODAY.minusDays(100);

        NeedProfile build() {
            return new NeedProfile(id, state, subregion, developing, languages, themes, types, lines, cost, from, to,
                    published);
        }
    }

    static final class Offer {
        UUID id = UUID.randomUUID();
        Set<String> themes = Set.of("marking");
        Set<String> types = Set.of("equipment");
        List<LineItem> lines = List.of(new LineItem("marking-machine", 8));
        Money budget = Money.of("200000", "EUR");
        LocalDate from = TODAY.minusDays(30);
        LocalDate to = TODAY.plusYears(2);
        Set<String> languages = Set.of("ar", "en");
        Set<UUID> states = Set.of();
        Set<String> subregions = Set.of();

        OfferProfile build() {
            return new OfferProfile(id, UUID.randomUUID(), themes, types, lines, budget, from, to, languages, states,
                    subregions);
        }
    }

    static Candidate evaluate(Need need, Offer offer) {
        return ENGINE.evaluate(need.build(), offer.build()).orElseThrow();
    }

    static Reason reason(Candidate candidate, String component) {
        List<Reason> found = reasons(candidate, component);
        assertEquals(1, found.size(), component + " reasons: " + found);
        return found.get(0);
    }

    static List<Reason> reasons(Candidate candidate, String component) {
        return candidate.reasons().stream().filter(r -> r.component().equals(component)).toList();
    }

    static void assertReason(Reason reason, String key, double score, Object... args) {
        assertEquals(key, reason.messageKey());
        assertEquals(score, reason.score(), 1e-12, key);
        assertEquals(List.of(args), reason.args(), key);
        assertTrue(key.startsWith("match.reason." + reason.component() + "."), key);
    }

    // ------------------------------------------------------------------ soft scores

    @Nested
    class Theme {
        @Test
        void allThemesOfTheNeedCovered() {
            Need need = new Need();
            need.themes = Set.of("marking", "tracing");
            Offer offer = new Offer();
            offer.themes = Set.of("tracing", "marking", "destruction");
            assertReason(reason(evaluate(need, offer), THEME), THEME_ALL, 1.0, 2, List.of("marking", "tracing"));
        }

        @Test
        void shareOfTheNeedsThemesCovered() {
            Need need = new Need();
            need.themes = Set.of("marking", "tracing", "record-keeping");
            Offer offer = new Offer();
            offer.themes = Set.of("tracing", "marking", "destruction");
            assertReason(reason(evaluate(need, offer), THEME), THEME_PARTIAL, 2 / 3.0, 2, 3,
                    List.of("marking", "tracing"));
        }
    }

    @Nested
    class AssistanceType {
        @Test
        void allTypes() {
            Need need = new Need();
            need.types = Set.of("equipment", "training");
            Offer offer = new Offer();
            offer.types = Set.of("training", "equipment", "financial");
            assertReason(reason(evaluate(need, offer), ASSISTANCE_TYPE), TYPE_ALL, 1.0, 2,
                    List.of("equipment", "training"));
        }

        @Test
        void someTypes() {
            Need need = new Need();
            need.types = Set.of("equipment", "training", "expert-advice", "financial");
            Offer offer = new Offer();
            offer.types = Set.of("training");
            assertReason(reason(evaluate(need, offer), ASSISTANCE_TYPE), TYPE_PARTIAL, 0.25, 1, 4,
                    List.of("training"));
        }

        @Test
        void noTypeInCommon() {
            Need need = new Need();
            need.types = Set.of("training", "equipment");
            Offer offer = new Offer();
            offer.types = Set.of("financial");
            assertReason(reason(evaluate(need, offer), ASSISTANCE_TYPE), TYPE_NONE, 0.0, 2,
                    List.of("equipment", "training"));
        }

        @Test
        void needWithoutTypeIsNeutral() {
            Need need = new Need();
            need.types = Set.of();
            assertReason(reason(evaluate(need, new Offer()), ASSISTANCE_TYPE), TYPE_UNSPECIFIED, 0.5);
        }
    }

    @Nested
    class Lines {
        @Test
        void coversFiveOfEightMarkingMachines() {
            Need need = new Need();
            Offer offer = new Offer();
            offer.lines = List.of(new LineItem("marking-machine", 5), new LineItem("computers", 10));
            Reason reason = reason(evaluate(need, offer), LINES);
            assertReason(reason, LINES_PARTIAL, 5 / 8.0, 5, 8, "marking-machine");
            assertEquals(0.20, reason.weight(), 1e-12); // the whole lines weight for the only line
        }

        @Test
        void oneReasonPerLineSharingTheWeight() {
            Need need = new Need();
            need.lines = List.of(new LineItem("marking-machine", 8), new LineItem("training-course", 2),
                    new LineItem("laser-engraver", 1), new LineItem("marking-machine", 2), // added up: 10
                    new LineItem("computers", 0)); // nothing open
            Offer offer = new Offer();
            offer.lines = List.of(new LineItem("marking-machine", 6), new LineItem("marking-machine", 6),
                    new LineItem("training-course", 1));
            List<Reason> lines = reasons(evaluate(need, offer), LINES);
            assertEquals(3, lines.size());
            assertReason(lines.get(0), LINES_FULL, 1.0, 10, "marking-machine");
            assertReason(lines.get(1), LINES_PARTIAL, 0.5, 1, 2, "training-course");
            assertReason(lines.get(2), LINES_MISSING, 0.0, 1, "laser-engraver");
            for (Reason r : lines) {
                assertEquals(0.20 / 3, r.weight(), 1e-12);
            }
        }

        @Test
        void needWithoutOpenLinesIsNeutral() {
            Need need = new Need();
            need.lines = List.of(new LineItem("marking-machine", 0));
            assertReason(reason(evaluate(need, new Offer()), LINES), LINES_NO_LINES, 0.5);
        }

        @Test
        void moreCoverageRanksHigher() {
            Need need = new Need();
            Offer five = new Offer();
            five.lines = List.of(new LineItem("marking-machine", 5));
            Offer eight = new Offer();
            eight.lines = List.of(new LineItem("marking-machine", 20));
            List<Candidate> ranked = ENGINE.rankOffers(need.build(), List.of(five.build(), eight.build()), 10);
            assertEquals(List.of(eight.id, five.id), ranked.stream().map(Candidate::offerId).toList());
            assertEquals(0.20 * 100 * 3 / 8.0, ranked.get(0).total() - ranked.get(1).total(), 1e-9);
        }
    }

    @Nested
    class Budget {
        @Test
        void fitsInTheSameCurrency() {
            assertReason(reason(evaluate(new Need(), new Offer()), BUDGET), BUDGET_FITS, 1.0,
                    new BigDecimal("200000"), "EUR", new BigDecimal("100000"));
        }

        @Test
        void comparedInTheNeedsCurrency() {
            Need need = new Need(); // 100,000 EUR
            Offer offer = new Offer();
            offer.budget = Money.of("50000", "usd"); // 40,000 EUR
            assertReason(reason(evaluate(need, offer), BUDGET), BUDGET_PARTIAL, 0.4, 40, new BigDecimal("40000"),
                    "EUR", new BigDecimal("100000"));
        }

        @Test
        void crossRateThroughTheBase() {
            Need need = new Need();
            need.cost = Money.of("100000", "USD");
            Offer offer = new Offer();
            offer.budget = Money.of("64000", "GBP"); // 80,000 EUR = 100,000 USD
            assertReason(reason(evaluate(need, offer), BUDGET), BUDGET_FITS, 1.0, new BigDecimal("100000"), "USD",
                    new BigDecimal("100000"));
        }

        @Test
        void missingRateIsNeutralAndSaysWhichRate() {
            Need need = new Need();
            need.cost = Money.of("30000000", "XOF");
            Candidate candidate = evaluate(need, new Offer());
            assertReason(reason(candidate, BUDGET), BUDGET_RATE_MISSING, 0.5, "EUR", "XOF");
        }

        @Test
        void unknownCostOrBudgetIsNeutral() {
            Need need = new Need();
            need.cost = null;
            assertReason(reason(evaluate(need, new Offer()), BUDGET), BUDGET_UNKNOWN, 0.5);
            Offer offer = new Offer();
            offer.budget = null;
            assertReason(reason(evaluate(new Need(), offer), BUDGET), BUDGET_UNKNOWN, 0.5);
        }

        @Test
        void ratesAreConsultedOnlyAcrossCurrencies() {
            List<String> asked = new ArrayList<>();
            MatchingEngine engine = new MatchingEngine(Weights.defaults(), (amount, from, to) -> {
                asked.add(from + ">" + to);
                return Optional.of(amount.multiply(BigDecimal.TEN));
            }, TODAY);
            Offer chf = new Offer();
            chf.budget = Money.of("1000", "CHF");
            Candidate same = engine.evaluate(new Need().build(), new Offer().build()).orElseThrow();
            Candidate other = engine.evaluate(new Need().build(), chf.build()).orElseThrow();
            assertFalse(asked.isEmpty());
            assertEquals(Set.of("CHF>EUR"), Set.copyOf(asked)); // never EUR>EUR
            assertReason(reason(same, BUDGET), BUDGET_FITS, 1.0, new BigDecimal("200000"), "EUR",
                    new BigDecimal("100000"));
            assertReason(reason(other, BUDGET), BUDGET_PARTIAL, 0.1, 10, new BigDecimal("10000"), "EUR",
                    new BigDecimal("100000"));
        }
    }

    @Nested
    class Period {
        @Test
        void anyTimeWithoutDesiredPeriod() {
            assertReason(reason(evaluate(new Need(), new Offer()), PERIOD), PERIOD_ANYTIME, 1.0);
        }

        @Test
        void validDuringTheWholePeriod() {
            Need need = new Need();
            need.from = TODAY.plusMonths(1);
            need.to = TODAY.plusMonths(6);
            assertReason(reason(evaluate(need, new Offer()), PERIOD), PERIOD_FULL, 1.0);
        }

        @Test
        void shareOfThePeriod() {
            Need need = new Need();
            need.from = TODAY.plusDays(1);
            need.to = TODAY.plusDays(100); // 100 days
            Offer offer = new Offer();
            offer.to = TODAY.plusDays(60); // 60 of them
            assertReason(reason(evaluate(need, offer), PERIOD), PERIOD_PARTIAL, 0.6, 60, 60L, 100L);
        }

        @Test
        void aStartAloneMeansAYearFromThen() {
            Need need = new Need();
            need.from = TODAY;
            Offer offer = new Offer();
            offer.to = TODAY.plusDays(72); // 73 of 365 days
            assertReason(reason(evaluate(need, offer), PERIOD), PERIOD_PARTIAL, 0.2, 20, 73L, 365L);
        }
    }

    @Nested
    class Language {
        @Test
        void arabicDeliveryMatches() {
            Need need = new Need();
            need.languages = Set.of("ar", "en");
            Offer offer = new Offer();
            offer.languages = Set.of("AR", "fr");
            assertReason(reason(evaluate(need, offer), LANGUAGE), LANGUAGE_MATCHES, 1.0, "ar", List.of("ar"));
        }

        @Test
        void noLanguageOfTheState() {
            Offer offer = new Offer();
            offer.languages = Set.of("fr", "en");
            assertReason(reason(evaluate(new Need(), offer), LANGUAGE), LANGUAGE_MISMATCH, 0.0, List.of("en", "fr"));
        }

        @Test
        void unknownLanguagesAreNeutral() {
            Offer offer = new Offer();
            offer.languages = Set.of();
            assertReason(reason(evaluate(new Need(), offer), LANGUAGE), LANGUAGE_UNKNOWN, 0.5);
        }
    }

    @Nested
    class Priority {
        @Test
        void developingCountry() {
            assertReason(reason(evaluate(new Need(), new Offer()), DEVELOPING), DEVELOPING_YES, 1.0);
            Need need = new Need();
            need.developing = false;
            assertReason(reason(evaluate(need, new Offer()), DEVELOPING), DEVELOPING_NO, 0.0);
        }

        @Test
        void waitingSaturatesAfterAYear() {
            Need need = new Need();
            need.published = TODAY.minusDays(73);
            assertReason(reason(evaluate(need, new Offer()), WAITING), WAITING_DAYS, 0.2, 73L);
            need.published = TODAY.minusDays(800);
            assertReason(reason(evaluate(need, new Offer()), WAITING), WAITING_DAYS, 1.0, 800L);
            need.published = null;
            assertReason(reason(evaluate(need, new Offer()), WAITING), WAITING_DAYS, 0.0, 0L);
        }

        @Test
        void rankNeedsPrefersDevelopingCountriesAndLongerWaits() {
            Need fresh = new Need();
            fresh.published = TODAY.minusDays(10);
            Need old = new Need();
            old.published = TODAY.minusDays(300);
            Need richOld = new Need(); // waited longer than the fresh one, but not a developing country
            richOld.published = TODAY.minusDays(100);
            richOld.developing = false;
            List<Candidate> ranked = ENGINE.rankNeeds(new Offer().build(),
                    List.of(fresh.build(), richOld.build(), old.build()), 10);
            assertEquals(List.of(old.id, fresh.id, richOld.id), ranked.stream().map(Candidate::needId).toList());
        }
    }

    // ------------------------------------------------------------------ totals and weights

    @Test
    void totalIsTheWeightedSumOfTheReasons() {
        Need need = new Need();
        need.themes = Set.of("marking", "tracing");
        need.published = TODAY.minusDays(73);
        Offer offer = new Offer();
        offer.lines = List.of(new LineItem("marking-machine", 4));
        offer.budget = Money.of("50000", "USD");
        Candidate c = evaluate(need, offer);
        // theme 0.5*25, type 1*10, lines 0.5*20, budget 0.4*15, period 1*10, language 1*8, developing 1*5, waiting 0.2*7
        assertEquals(12.5 + 10 + 10 + 6 + 10 + 8 + 5 + 1.4, c.total(), 1e-9);
        assertEquals(c.total(), c.reasons().stream().mapToDouble(Reason::points).sum(), 1e-9);
        assertEquals(1.0, c.reasons().stream().mapToDouble(Reason::weight).sum(), 1e-12);
        assertEquals(ReasonKeys.COMPONENTS, c.reasons().stream().map(Reason::component).distinct().toList());
    }

    @Test
    void weightsAreNormalisedAndAZeroWeightGivesNoReason() {
        MatchingEngine engine = new MatchingEngine(new Weights(2, 0, 0, 0, 0, 0, 0, 2), RATES, TODAY);
        Need need = new Need();
        need.published = TODAY.minusDays(73);
        Candidate c = engine.evaluate(need.build(), new Offer().build()).orElseThrow();
        assertEquals(List.of(THEME, WAITING), c.reasons().stream().map(Reason::component).toList());
        assertEquals(100 * (0.5 * 1.0 + 0.5 * 0.2), c.total(), 1e-9);
        assertEquals(0.5, c.reasons().get(0).weight(), 1e-12);
    }

    @Test
    void weightsMustBeUsable() {
        assertThrows(IllegalArgumentException.class, () -> new Weights(0, 0, 0, 0, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Weights(1, -1, 0, 0, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Weights(Double.NaN, 1, 0, 0, 0, 0, 0, 0));
        assertEquals(100, Weights.defaults().sum(), 1e-12);
    }

    // ------------------------------------------------------------------ hard constraints

    @Nested
    class HardConstraints {
        @Test
        void offerRestrictedToOtherStatesOrSubregionsIsExcluded() {
            Offer kenyaOnly = new Offer();
            kenyaOnly.states = Set.of(KENYA);
            Offer easternAfrica = new Offer();
            easternAfrica.subregions = Set.of(EASTERN_AFRICA);
            for (Offer o : List.of(kenyaOnly, easternAfrica)) {
                assertEquals(Optional.of(EXCLUDED_ELIGIBILITY), ENGINE.exclusion(new Need().build(), o.build()));
                assertTrue(ENGINE.evaluate(new Need().build(), o.build()).isEmpty());
            }
            Need kenya = new Need();
            kenya.state = KENYA;
            kenya.subregion = EASTERN_AFRICA;
            assertTrue(ENGINE.evaluate(kenya.build(), kenyaOnly.build()).isPresent());
            assertTrue(ENGINE.evaluate(kenya.build(), easternAfrica.build()).isPresent());
            Need sudanNamed = new Need();
            Offer sudanOrEast = new Offer();
            sudanOrEast.states = Set.of(SUDAN);
            sudanOrEast.subregions = Set.of(EASTERN_AFRICA);
            assertTrue(ENGINE.evaluate(sudanNamed.build(), sudanOrEast.build()).isPresent());
            Need noSubregion = new Need();
            noSubregion.subregion = null;
            assertTrue(ENGINE.evaluate(noSubregion.build(), easternAfrica.build()).isEmpty());
        }

        @Test
        void offerNotValidTodayIsExcluded() {
            Offer expired = new Offer();
            expired.from = TODAY.minusYears(2);
            expired.to = TODAY.minusDays(1);
            Offer future = new Offer();
            future.from = TODAY.plusDays(1);
            Offer lastDay = new Offer();
            lastDay.to = TODAY;
            Offer open = new Offer();
            open.from = null;
            open.to = null;
            assertEquals(Optional.of(EXCLUDED_VALIDITY), ENGINE.exclusion(new Need().build(), expired.build()));
            assertEquals(Optional.of(EXCLUDED_VALIDITY), ENGINE.exclusion(new Need().build(), future.build()));
            assertEquals(Optional.empty(), ENGINE.exclusion(new Need().build(), lastDay.build()));
            assertEquals(Optional.empty(), ENGINE.exclusion(new Need().build(), open.build()));
        }

        @Test
        void offerEndingBeforeTheDesiredPeriodIsExcluded() {
            Need need = new Need();
            need.from = TODAY.plusMonths(3);
            need.to = TODAY.plusMonths(9);
            Offer offer = new Offer();
            offer.to = TODAY.plusMonths(3).minusDays(1);
            assertEquals(Optional.of(EXCLUDED_PERIOD), ENGINE.exclusion(need.build(), offer.build()));
            offer.to = TODAY.plusMonths(3);
            assertEquals(Optional.empty(), ENGINE.exclusion(need.build(), offer.build()));
        }

        @Test
        void noThemeInCommonIsExcluded() {
            Offer offer = new Offer();
            offer.themes = Set.of("destruction", "tracing");
            assertEquals(Optional.of(EXCLUDED_THEME), ENGINE.exclusion(new Need().build(), offer.build()));
            Need none = new Need();
            none.themes = Set.of();
            assertEquals(Optional.of(EXCLUDED_THEME), ENGINE.exclusion(none.build(), new Offer().build()));
        }

        @Test
        void excludedOffersAreNotRanked() {
            Offer good = new Offer();
            Offer otherTheme = new Offer();
            otherTheme.themes = Set.of("destruction");
            Offer expired = new Offer();
            expired.to = TODAY.minusDays(1);
            Offer kenyaOnly = new Offer();
            kenyaOnly.states = Set.of(KENYA);
            List<Candidate> ranked = ENGINE.rankOffers(new Need().build(),
                    List.of(otherTheme.build(), expired.build(), good.build(), kenyaOnly.build()), 10);
            assertEquals(List.of(good.id), ranked.stream().map(Candidate::offerId).toList());
        }
    }

    // ------------------------------------------------------------------ ranking

    @Test
    void rankedBestFirstThenByIdAndLimited() {
        Need need = new Need();
        Offer best = new Offer();
        Offer tieA = new Offer();
        tieA.lines = List.of(new LineItem("marking-machine", 4));
        Offer tieB = new Offer();
        tieB.lines = tieA.lines;
        Offer worst = new Offer();
        worst.lines = List.of();
        worst.languages = Set.of("fr");
        List<OfferProfile> offers = List.of(worst.build(), tieB.build(), best.build(), tieA.build());

        List<Candidate> all = ENGINE.rankOffers(need.build(), offers, 10);
        UUID firstTie = tieA.id.compareTo(tieB.id) < 0 ? tieA.id : tieB.id;
        UUID secondTie = firstTie.equals(tieA.id) ? tieB.id : tieA.id;
        assertEquals(List.of(best.id, firstTie, secondTie, worst.id), all.stream().map(Candidate::offerId).toList());
        assertEquals(all.get(1).total(), all.get(2).total());
        assertTrue(all.get(0).total() > all.get(1).total() && all.get(2).total() > all.get(3).total());
        assertEquals(all.subList(0, 2), ENGINE.rankOffers(need.build(), offers, 2));
        assertEquals(List.of(), ENGINE.rankOffers(need.build(), offers, 0));
        assertFalse(all.stream().anyMatch(c -> c.total() < 0 || c.total() > 100));
    }

    @Test
    void aPerfectPairScoresAHundred() {
        Need need = new Need();
        need.published = TODAY.minusDays(400);
        assertEquals(100.0, evaluate(need, new Offer()).total(), 1e-9);
    }

    @Test
    void reasonKeysAreUniqueAndNamedAfterTheirComponent() {
        assertEquals(ALL_KEYS.size(), Set.copyOf(ALL_KEYS).size());
        for (String key : ALL_KEYS) {
            String[] parts = key.split("\\.");
            assertEquals(key.startsWith("match.excluded.") ? 3 : 4, parts.length, key);
            assertTrue(key.startsWith("match.excluded.") || (key.startsWith("match.reason.")
                    && COMPONENTS.contains(parts[2])), key);
        }
    }
}
