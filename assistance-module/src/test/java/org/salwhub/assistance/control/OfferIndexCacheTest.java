package org.salwhub.assistance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.salwhub.assistance.control.matching.MatchingData;
import org.salwhub.assistance.control.matching.MatchingEngine;
import org.salwhub.assistance.control.matching.MatchingIndex;
import org.salwhub.assistance.control.matching.Weights;

/** The cached offer index is built once and rebuilt after every change, also a change made while it was built. */
class OfferIndexCacheTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final MatchingInputsChanged CHANGE = new MatchingInputsChanged("offer");

    private final OfferIndexCache cache = new OfferIndexCache();
    private final AtomicInteger builds = new AtomicInteger();

    private Supplier<MatchingIndex> build(LocalDate day) {
        return () -> {
            builds.incrementAndGet();
            return new MatchingIndex(new MatchingEngine(Weights.defaults(), MatchingData.RATES, day), List.of());
        };
    }

    @Test
    void oneBuildServesEveryCallOfTheDayUntilSomethingChanges() {
        MatchingIndex first = cache.index(TODAY, build(TODAY));
        assertSame(first, cache.index(TODAY, build(TODAY)));
        assertSame(first, cache.index(TODAY, build(TODAY)));
        assertEquals(1, builds.get());
        assertFalse(cache.isStale(TODAY));

        cache.changing(CHANGE);
        assertTrue(cache.isStale(TODAY));
        MatchingIndex second = cache.index(TODAY, build(TODAY));
        assertNotSame(first, second);
        assertEquals(2, builds.get());

        cache.changed(CHANGE); // the changing transaction ended: what was built during it is not kept
        assertNotSame(second, cache.index(TODAY, build(TODAY)));
        assertEquals(3, builds.get());
    }

    @Test
    void theNextDayHasItsOwnIndex() {
        cache.index(TODAY, build(TODAY));
        assertTrue(cache.isStale(TODAY.plusDays(1)), "offers become valid or lapse with the day");
        MatchingIndex tomorrow = cache.index(TODAY.plusDays(1), build(TODAY.plusDays(1)));
        assertEquals(TODAY.plusDays(1), tomorrow.engine().today());
        assertEquals(2, builds.get());
    }

    @Test
    void anIndexBuiltWhileAChangeHappenedIsUsedOnceButNotKept() {
        MatchingIndex during = cache.index(TODAY, () -> {
            builds.incrementAndGet();
            cache.changing(CHANGE); // another transaction changes an offer while this one reads them
            return new MatchingIndex(new MatchingEngine(Weights.defaults(), MatchingData.RATES, TODAY), List.of());
        });
        assertTrue(cache.isStale(TODAY));
        assertNotSame(during, cache.index(TODAY, build(TODAY)));
        assertEquals(2, builds.get());
    }
}
