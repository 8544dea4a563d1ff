package org.salwhub.assistance.control.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The indexed engine gives exactly the naive engine's rankings, on random data with its odd cases. */
class MatchingIndexTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 42})
    void indexedTopIsExactlyTheNaiveRanking(long seed) {
        MatchingData.Dataset data = new MatchingData(seed, TODAY, true).generate(300, 500);
        Weights weights = seed % 2 == 0 ? Weights.defaults() : new Weights(3, 0, 5, 2, 1, 0.5, 0, 2);
        MatchingEngine engine = new MatchingEngine(weights, MatchingData.RATES, TODAY);
        MatchingIndex index = new MatchingIndex(engine, data.offers());

        int candidates = 0;
        for (NeedProfile need : data.needs()) {
            for (int k : new int[] {1, 10}) {
                List<Candidate> naive = engine.rankOffers(need, data.offers(), k);
                assertEquals(naive, index.top(need, k), "need " + need.needId() + " top " + k);
                assertEquals(naive, NaiveAllPairs.top(engine, need, data.offers(), k));
            }
            List<Candidate> all = engine.rankOffers(need, data.offers(), Integer.MAX_VALUE);
            assertEquals(all, index.top(need, Integer.MAX_VALUE));
            candidates += all.size();
        }
        // the data exercise the engine: many candidates, but far from all pairs
        assertTrue(candidates > data.needs().size() * 20, "candidates " + candidates);
        assertTrue(candidates < data.needs().size() * data.offers().size() / 2, "candidates " + candidates);
    }

    @Test
    void rerankAllGivesEveryNeedItsTopInTheNeedsOrder() {
        MatchingData.Dataset data = new MatchingData(7, TODAY, true).generate(500, 400);
        MatchingEngine engine = new MatchingEngine(Weights.defaults(), MatchingData.RATES, TODAY);

        Map<UUID, List<Candidate>> indexed = new MatchingIndex(engine, data.offers()).rerankAll(data.needs(), 10);
        Map<UUID, List<Candidate>> naive = NaiveAllPairs.rerankAll(engine, data.needs(), data.offers(), 10);

        assertEquals(naive, indexed);
        assertEquals(data.needs().stream().map(NeedProfile::needId).toList(), new ArrayList<>(indexed.keySet()));
        assertTrue(indexed.values().stream().filter(c -> c.size() == 10).count() > 250);
    }

    @Test
    void tiesGoToTheSmallerOfferIdInBothEngines() {
        MatchingData.Dataset data = new MatchingData(11, TODAY, false).generate(1, 1);
        NeedProfile need = data.needs().get(0);
        OfferProfile model = new OfferProfile(UUID.randomUUID(), UUID.randomUUID(), need.themes(),
                need.assistanceTypes(), need.openLines(), null, null, null, need.stateLanguages(), null, null);
        List<OfferProfile> clones = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            clones.add(new OfferProfile(UUID.randomUUID(), model.organisationId(), model.themes(),
                    model.assistanceTypes(), model.availableLines(), null, null, null, model.deliveryLanguages(),
                    null, null));
        }
        MatchingEngine engine = new MatchingEngine(Weights.defaults(), MatchingData.RATES, TODAY);

        List<Candidate> naive = engine.rankOffers(need, clones, 5);
        List<UUID> smallest = clones.stream().map(OfferProfile::offerId).sorted().limit(5).toList();
        assertEquals(smallest, naive.stream().map(Candidate::offerId).toList());
        assertEquals(naive, new MatchingIndex(engine, clones).top(need, 5));
    }

    @Test
    void anOfferGivenTwiceIsRefused() {
        MatchingData.Dataset data = new MatchingData(5, TODAY, false).generate(1, 3);
        MatchingEngine engine = new MatchingEngine(Weights.defaults(), MatchingData.RATES, TODAY);
        List<OfferProfile> twice = List.of(data.offers().get(0), data.offers().get(1), data.offers().get(0));
        assertThrows(IllegalArgumentException.class, () -> new MatchingIndex(engine, twice));
    }

    @Test
    void emptyIndexAndZeroLimitGiveNothing() {
        MatchingData.Dataset data = new MatchingData(5, TODAY, false).generate(3, 10);
        MatchingEngine engine = new MatchingEngine(Weights.defaults(), MatchingData.RATES, TODAY);
        assertEquals(List.of(), new MatchingIndex(engine, List.of()).top(data.needs().get(0), 10));
        assertEquals(List.of(), new MatchingIndex(engine, data.offers()).top(data.needs().get(0), 0));
        assertThrows(IllegalArgumentException.class,
                () -> new MatchingIndex(engine, data.offers()).top(data.needs().get(0), -1));
    }
}
