package org.salwhub.assistance.control.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The benchmark's baseline, deliberately naive: every need against every offer, each pair checked and
 * fully explained through {@link MatchingEngine#evaluate}, each need's candidates sorted whole. No
 * index, nothing computed once. Not for production use: {@link MatchingIndex} gives the same answers.
 * Needs are spread over the cores like {@link MatchingIndex#rerankAll}, so a speed-up between the two
 * is the algorithm's, not the parallelism's.
 */
public final class NaiveAllPairs {

    private static final Comparator<Candidate> BEST_FIRST =
            Comparator.comparingDouble(Candidate::total).reversed().thenComparing(Candidate::offerId);

    private NaiveAllPairs() {
    }

    public static Map<UUID, List<Candidate>> rerankAll(MatchingEngine engine, Collection<NeedProfile> needs,
                                                       Collection<OfferProfile> offers, int k) {
        List<NeedProfile> list = List.copyOf(needs);
        List<List<Candidate>> tops = list.parallelStream().map(need -> top(engine, need, offers, k)).toList();
        Map<UUID, List<Candidate>> result = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            result.put(list.get(i).needId(), tops.get(i));
        }
        return result;
    }

    static List<Candidate> top(MatchingEngine engine, NeedProfile need, Collection<OfferProfile> offers, int k) {
        List<Candidate> all = new ArrayList<>();
        for (OfferProfile offer : offers) {
            engine.evaluate(need, offer).ifPresent(all::add);
        }
        all.sort(BEST_FIRST);
        return List.copyOf(all.subList(0, Math.min(k, all.size())));
    }
}
