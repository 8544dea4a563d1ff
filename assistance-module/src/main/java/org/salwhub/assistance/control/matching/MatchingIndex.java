package org.salwhub.assistance.control.matching;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All published offers, indexed once to rank them for many needs quickly, e.g. to re-rank every open
 * need after the weights, the exchange rates or the offers changed. It gives exactly the answers of
 * {@link MatchingEngine#rankOffers} with the same engine (same order, same totals, same reasons):
 *
 * <ul>
 *   <li>the hard constraints become bit sets over the offers (sorted by id): an inverted index from
 *       theme to offers, the offers valid today, and the offers open to each State and subregion, so a
 *       need looks only at the offers that pass them (but for the period, checked per offer);</li>
 *   <li>themes, assistance types and languages become bit masks (shared counts are pop counts),
 *       capacities an array per item code, and budgets are converted once per currency;</li>
 *   <li>only the best {@code k} of a need are kept (a bounded heap) and only they are explained; once
 *       {@code k} are kept, an offer whose cheap scores (theme, type, period, language) cannot beat the
 *       {@code k}-th best even with full marks for lines and budget is skipped.</li>
 * </ul>
 *
 * Immutable after construction but for the converted budgets it caches; thread-safe.
 * {@link #rerankAll} ranks the needs in parallel.
 */
public final class MatchingIndex {

    /** Points: rounding errors of a sum of eight products of numbers up to 100 are below 1e-12. */
    private static final double PRUNING_MARGIN = 1e-9;

    private final MatchingEngine engine;
    private final Weights w;
    private final long today;

    private final int size;
    private final MatchingEngine.OfferFacts[] offers; // sorted by id: position breaks ties
    private final int offerWords;

    private final Dictionary themes;
    private final Dictionary types;
    private final Dictionary languages;
    private final Dictionary items;

    private final long[] themeMasks;
    private final long[] typeMasks;
    private final long[] languageMasks;
    private final boolean[] hasLanguages;
    private final int[] capacity; // size x items
    private final long[] validFrom;
    private final long[] validTo;

    private final long[][] byTheme;
    private final long[] validToday;
    private final long[] openToAll;
    private final Map<UUID, long[]> byState = new HashMap<>();
    private final Map<String, long[]> bySubregion = new HashMap<>();

    private final Map<String, Budgets> budgets = new ConcurrentHashMap<>();

    public MatchingIndex(MatchingEngine engine, Collection<OfferProfile> offerProfiles) {
        this.engine = engine;
        this.w = engine.weights();
        this.today = engine.today().toEpochDay();

        OfferProfile[] sorted = offerProfiles.toArray(OfferProfile[]::new);
        Arrays.sort(sorted, Comparator.comparing(OfferProfile::offerId));
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i].offerId().equals(sorted[i - 1].offerId())) {
                throw new IllegalArgumentException("offer " + sorted[i].offerId() + " given twice");
            }
        }
        size = sorted.length;
        offers = new MatchingEngine.OfferFacts[size];
        offerWords = Math.max(1, (size + 63) >>> 6);

        themes = new Dictionary();
        types = new Dictionary();
        languages = new Dictionary();
        items = new Dictionary();
        for (OfferProfile o : sorted) {
            o.themes().forEach(themes::add);
            o.assistanceTypes().forEach(types::add);
            o.deliveryLanguages().forEach(languages::add);
            o.availableLines().forEach(l -> items.add(l.itemCode()));
        }
        themeMasks = new long[size * themes.words()];
        typeMasks = new long[size * types.words()];
        languageMasks = new long[size * languages.words()];
        hasLanguages = new boolean[size];
        capacity = new int[size * items.size()];
        validFrom = new long[size];
        validTo = new long[size];
        byTheme = new long[themes.size()][offerWords];
        validToday = new long[offerWords];
        openToAll = new long[offerWords];

        for (int i = 0; i < size; i++) {
            MatchingEngine.OfferFacts f = new MatchingEngine.OfferFacts(sorted[i]);
            OfferProfile o = f.p;
            offers[i] = f;
            themes.mask(o.themes(), themeMasks, i * themes.words());
            types.mask(o.assistanceTypes(), typeMasks, i * types.words());
            languages.mask(o.deliveryLanguages(), languageMasks, i * languages.words());
            hasLanguages[i] = !o.deliveryLanguages().isEmpty();
            for (Map.Entry<String, Integer> line : f.capacity.entrySet()) {
                capacity[i * items.size() + items.id(line.getKey())] = line.getValue();
            }
            validFrom[i] = f.from;
            validTo[i] = f.to;
            for (String t : o.themes()) {
                set(byTheme[themes.id(t)], i);
            }
            if (f.from <= today && f.to >= today) {
                set(validToday, i);
            }
            if (o.openToAllStates()) {
                set(openToAll, i);
            }
            for (UUID state : o.eligibleStates()) {
                set(byState.computeIfAbsent(state, s -> new long[offerWords]), i);
            }
            for (String subregion : o.eligibleSubregions()) {
                set(bySubregion.computeIfAbsent(subregion, s -> new long[offerWords]), i);
            }
        }
    }

    public MatchingEngine engine() {
        return engine;
    }

    /** How many offers the index holds. */
    public int size() {
        return size;
    }

    /** The best {@code k} offers for a need, best first: the same list as {@link MatchingEngine#rankOffers}. */
    public List<Candidate> top(NeedProfile need, int k) {
        MatchingEngine.checkLimit(k);
        if (k == 0 || size == 0) {
            return List.of();
        }
        MatchingEngine.NeedFacts n = new MatchingEngine.NeedFacts(need, today);

        // hard constraints: a theme in common, valid today, open to the State
        long[] candidates = new long[offerWords];
        boolean anyTheme = false;
        for (String t : need.themes()) {
            int id = themes.idOrMinus(t);
            if (id >= 0) {
                anyTheme = true;
                or(candidates, byTheme[id]);
            }
        }
        if (!anyTheme) {
            return List.of();
        }
        long[] eligible = openToAll.clone();
        if (need.stateId() != null && byState.containsKey(need.stateId())) {
            or(eligible, byState.get(need.stateId()));
        }
        if (need.subregion() != null && bySubregion.containsKey(need.subregion())) {
            or(eligible, bySubregion.get(need.subregion()));
        }
        for (int i = 0; i < offerWords; i++) {
            candidates[i] &= validToday[i] & eligible[i];
        }

        // what is the same for every offer
        int tw = themes.words();
        int yw = types.words();
        int lw = languages.words();
        long[] needThemes = themes.mask(need.themes());
        long[] needTypes = types.mask(need.assistanceTypes());
        long[] needLanguages = languages.mask(need.stateLanguages());
        int themeCount = need.themes().size();
        int typeCount = need.assistanceTypes().size();
        boolean needHasLanguages = !need.stateLanguages().isEmpty();
        int lines = n.lineCodes.length;
        int[] lineItem = new int[lines];
        for (int j = 0; j < lines; j++) {
            lineItem[j] = items.idOrMinus(n.lineCodes[j]);
        }
        int itemCount = items.size();
        Budgets converted = need.estimatedCost() == null ? null : budgets(need.estimatedCost().currency());
        double[] budget = converted == null ? null : converted.amounts();
        double cost = need.estimatedCost() == null ? 0 : need.estimatedCost().amount().doubleValue();
        long[] window = n.window;
        long needDays = window == null ? 0 : window[1] - window[0] + 1;
        double developing = need.developingCountry() ? 1.0 : 0.0;
        double waiting = Scoring.waitingScore(n.waitingDays);
        // the best total an offer can reach given its cheap scores, as a sum of precomputed terms: equal to
        // Scoring.total with full marks for lines and budget up to rounding, hence the margin where it is used
        double reachable = 100 * (w.lines() + w.budget() + w.developing() * developing + w.waiting() * waiting);
        double perTheme = 100 * w.theme() / themeCount;
        double perType = typeCount == 0 ? 0 : 100 * w.assistanceType() / typeCount;
        if (typeCount == 0) {
            reachable += 100 * w.assistanceType() * Scoring.NEUTRAL;
        }
        double languagePoints = 100 * w.language();
        double periodPoints = 100 * w.period();

        TopK best = new TopK(Math.min(k, size));
        for (int word = 0; word < offerWords; word++) {
            long bits = candidates[word];
            while (bits != 0) {
                int i = (word << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;

                double period = 1.0;
                if (window != null) {
                    long overlap = Scoring.overlapDays(window[0], window[1], validFrom[i], validTo[i]);
                    if (overlap == 0) {
                        continue;
                    }
                    period = Scoring.periodScore(overlap, needDays);
                }
                int sharedThemes = common(needThemes, themeMasks, i * tw, tw);
                int sharedTypes = common(needTypes, typeMasks, i * yw, yw);
                double language = Scoring.languageScore(needHasLanguages && hasLanguages[i],
                        common(needLanguages, languageMasks, i * lw, lw));
                // lines and budget score at most 1: when even full marks for them cannot reach the k-th best
                // (with a margin far above rounding errors), this offer cannot enter the top k
                if (best.full() && reachable + perTheme * sharedThemes + perType * sharedTypes
                        + languagePoints * language + periodPoints * period + PRUNING_MARGIN < best.worstTotal()) {
                    continue;
                }
                double theme = Scoring.share(sharedThemes, themeCount);
                double type = Scoring.typeScore(sharedTypes, typeCount);
                double sum = 0;
                for (int j = 0; j < lines; j++) {
                    int available = lineItem[j] < 0 ? 0 : capacity[i * itemCount + lineItem[j]];
                    sum += Scoring.lineShare(n.lineQuantities[j], available);
                }
                double lineScore = Scoring.linesScore(sum, lines);
                double budgetScore = budget == null || Double.isNaN(budget[i]) ? Scoring.NEUTRAL
                        : Scoring.budgetScore(budget[i], cost);
                best.offer(i, Scoring.total(w, theme, type, lineScore, budgetScore, period, language, developing,
                        waiting));
            }
        }
        double[] totals = new double[best.count()];
        int[] order = best.bestFirst(totals);
        Candidate[] result = new Candidate[order.length];
        for (int r = 0; r < order.length; r++) {
            int i = order[r];
            BigDecimal amount = converted == null ? null : converted.whole()[i];
            double budgetScore = amount == null ? Scoring.NEUTRAL : Scoring.budgetScore(budget[i], cost);
            result[r] = engine.explain(n, offers[i], new MatchingEngine.PairScore(totals[r], amount, budgetScore));
        }
        return List.of(result);
    }

    /** Every need's best {@code k} offers, by need id (in the order of {@code needs}); in parallel. */
    public Map<UUID, List<Candidate>> rerankAll(Collection<NeedProfile> needs, int k) {
        List<NeedProfile> list = List.copyOf(needs);
        list.stream().filter(n -> n.estimatedCost() != null).map(n -> n.estimatedCost().currency())
                .distinct().forEach(this::budgets);
        List<List<Candidate>> tops = list.parallelStream().map(n -> top(n, k)).toList();
        Map<UUID, List<Candidate>> result = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            if (result.put(list.get(i).needId(), tops.get(i)) != null) {
                throw new IllegalArgumentException("need " + list.get(i).needId() + " given twice");
            }
        }
        return result;
    }

    /**
     * The offers' budgets converted into one currency: in whole units for the explanations ({@code null} when
     * unknown) and exact as doubles for the scores (NaN when unknown).
     */
    private record Budgets(BigDecimal[] whole, double[] amounts) {
    }

    private Budgets budgets(String currency) {
        return budgets.computeIfAbsent(currency, c -> {
            BigDecimal[] whole = new BigDecimal[size];
            double[] amounts = new double[size];
            for (int i = 0; i < size; i++) {
                Money money = offers[i].p.budget();
                BigDecimal exact = money == null ? null : engine.convert(money, c);
                whole[i] = exact == null ? null : Scoring.whole(exact);
                amounts[i] = exact == null ? Double.NaN : exact.doubleValue();
            }
            return new Budgets(whole, amounts);
        });
    }

    // ------------------------------------------------------------------ bits

    private static void set(long[] bits, int i) {
        bits[i >>> 6] |= 1L << i;
    }

    private static void or(long[] into, long[] bits) {
        for (int i = 0; i < into.length; i++) {
            into[i] |= bits[i];
        }
    }

    private static int common(long[] mask, long[] masks, int offset, int words) {
        int n = 0;
        for (int i = 0; i < words; i++) {
            n += Long.bitCount(mask[i] & masks[offset + i]);
        }
        return n;
    }

    /** Codes numbered in the order they are first seen. */
    private static final class Dictionary {
        private final Map<String, Integer> ids = new HashMap<>();

        void add(String code) {
            ids.putIfAbsent(code, ids.size());
        }

        int id(String code) {
            return ids.get(code);
        }

        int idOrMinus(String code) {
            Integer id = code == null ? null : ids.get(code);
            return id == null ? -1 : id;
        }

        int size() {
            return ids.size();
        }

        int words() {
            return Math.max(1, (ids.size() + 63) >>> 6);
        }

        void mask(Set<String> codes, long[] into, int offset) {
            for (String code : codes) {
                int id = idOrMinus(code);
                if (id >= 0) {
                    into[offset + (id >>> 6)] |= 1L << id;
                }
            }
        }

        long[] mask(Set<String> codes) {
            long[] mask = new long[words()];
            mask(codes, mask, 0);
            return mask;
        }
    }

    /**
     * The best {@code k} offer positions by total, ties to the lower position (the smaller id): a binary
     * heap whose root is the worst kept.
     */
    private static final class TopK {
        private final int[] index;
        private final double[] total;
        private int count;

        TopK(int k) {
            index = new int[k];
            total = new double[k];
        }

        /** Whether (ta, ia) ranks below (tb, ib). */
        private static boolean worse(double ta, int ia, double tb, int ib) {
            return ta < tb || (ta == tb && ia > ib);
        }

        boolean full() {
            return count == index.length;
        }

        /** The lowest total kept (of a full heap). */
        double worstTotal() {
            return total[0];
        }

        void offer(int i, double t) {
            if (count < index.length) {
                int c = count++;
                while (c > 0) {
                    int parent = (c - 1) >>> 1;
                    if (!worse(t, i, total[parent], index[parent])) {
                        break;
                    }
                    index[c] = index[parent];
                    total[c] = total[parent];
                    c = parent;
                }
                index[c] = i;
                total[c] = t;
            } else if (worse(total[0], index[0], t, i)) {
                siftDown(i, t, count);
            }
        }

        private void siftDown(int i, double t, int n) {
            int c = 0;
            while (true) {
                int child = 2 * c + 1;
                if (child >= n) {
                    break;
                }
                if (child + 1 < n && worse(total[child + 1], index[child + 1], total[child], index[child])) {
                    child++;
                }
                if (!worse(total[child], index[child], t, i)) {
                    break;
                }
                index[c] = index[child];
                total[c] = total[child];
                c = child;
            }
            index[c] = i;
            total[c] = t;
        }

        int count() {
            return count;
        }

        /** The kept positions, best first, and their totals into {@code totals} (empties the heap). */
        int[] bestFirst(double[] totals) {
            int[] result = new int[count];
            for (int r = count - 1; r >= 0; r--) {
                result[r] = index[0];
                totals[r] = total[0];
                int lastIndex = index[r];
                double lastTotal = total[r];
                siftDown(lastIndex, lastTotal, r);
            }
            count = 0;
            return result;
        }
    }
}
