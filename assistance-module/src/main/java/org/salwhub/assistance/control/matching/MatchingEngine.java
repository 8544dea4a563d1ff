package org.salwhub.assistance.control.matching;

import static org.salwhub.assistance.control.matching.ReasonKeys.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Ranks offers for a need and needs for an offer, and explains every score. Pure: the answer depends
 * only on the profiles, the weights, the exchange rates and {@code today}; thread-safe.
 *
 * <p><b>Hard constraints</b> (a pair failing one is no candidate): the offer is open to the need's State
 * (by State or subregion; an offer naming neither is open to all), the offer is valid today, its
 * validity overlaps the need's desired period when the need names one, and they share a theme.
 *
 * <p><b>Soft scores</b> (each 0..1, weighted by the normalised {@link Weights}; total 0..100): theme,
 * assistanceType, lines, budget, period, language, developing, waiting. {@link ReasonKeys} documents each
 * score and the reasons that explain it.
 *
 * <p><b>Order</b>: total descending, then the other side's id ascending ({@link UUID#compareTo}), so ties
 * break the same way every time.
 */
public final class MatchingEngine {

    private final Weights weights;
    private final ExchangeRates rates;
    private final LocalDate today;
    private final long todayDay;

    public MatchingEngine(Weights weights, ExchangeRates rates, LocalDate today) {
        this.weights = Objects.requireNonNull(weights, "weights").normalised();
        this.rates = Objects.requireNonNull(rates, "rates");
        this.today = Objects.requireNonNull(today, "today");
        this.todayDay = today.toEpochDay();
    }

    /** The weights in use, normalised to add up to 1. */
    public Weights weights() {
        return weights;
    }

    public LocalDate today() {
        return today;
    }

    ExchangeRates rates() {
        return rates;
    }

    /** The best {@code limit} offers for a need, best first. */
    public List<Candidate> rankOffers(NeedProfile need, Collection<OfferProfile> offers, int limit) {
        checkLimit(limit);
        NeedFacts n = new NeedFacts(need, todayDay);
        List<Scored<OfferFacts>> scored = new ArrayList<>();
        for (OfferProfile offer : offers) {
            OfferFacts o = new OfferFacts(offer);
            if (exclusion(n, o) == null) {
                scored.add(new Scored<>(o, offer.offerId(), total(n, o)));
            }
        }
        return best(scored, limit, o -> explain(n, o, scored(n, o)));
    }

    /** The best {@code limit} needs for an offer, best first. */
    public List<Candidate> rankNeeds(OfferProfile offer, Collection<NeedProfile> needs, int limit) {
        checkLimit(limit);
        OfferFacts o = new OfferFacts(offer);
        List<Scored<NeedFacts>> scored = new ArrayList<>();
        for (NeedProfile need : needs) {
            NeedFacts n = new NeedFacts(need, todayDay);
            if (exclusion(n, o) == null) {
                scored.add(new Scored<>(n, need.needId(), total(n, o)));
            }
        }
        return best(scored, limit, n -> explain(n, o, scored(n, o)));
    }

    /** The pair as a candidate with its explanation, or empty when a hard constraint excludes it. */
    public Optional<Candidate> evaluate(NeedProfile need, OfferProfile offer) {
        NeedFacts n = new NeedFacts(need, todayDay);
        OfferFacts o = new OfferFacts(offer);
        return exclusion(n, o) == null ? Optional.of(explain(n, o, scored(n, o))) : Optional.empty();
    }

    /**
     * Why the pair is no candidate: the first hard constraint it fails, as a {@code match.excluded.*} key
     * of {@link ReasonKeys}; empty when it is a candidate.
     */
    public Optional<String> exclusion(NeedProfile need, OfferProfile offer) {
        return Optional.ofNullable(exclusion(new NeedFacts(need, todayDay), new OfferFacts(offer)));
    }

    static void checkLimit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("negative limit " + limit);
        }
    }

    // ------------------------------------------------------------------ ranking

    private record Scored<T>(T facts, UUID id, double total) {
    }

    private static <T> List<Candidate> best(List<Scored<T>> scored, int limit,
                                            java.util.function.Function<T, Candidate> explain) {
        scored.sort(Comparator.<Scored<T>>comparingDouble(Scored::total).reversed().thenComparing(Scored::id));
        List<Candidate> result = new ArrayList<>(Math.min(limit, scored.size()));
        for (int i = 0; i < scored.size() && i < limit; i++) {
            result.add(explain.apply(scored.get(i).facts()));
        }
        return result;
    }

    // ------------------------------------------------------------------ what is worked out once per profile

    /** A need's lines added up per code, its desired period and its waiting time. */
    static final class NeedFacts {
        final NeedProfile p;
        final String[] lineCodes;
        final int[] lineQuantities;
        final long[] window;
        final long waitingDays;

        NeedFacts(NeedProfile p, long today) {
            this.p = p;
            Map<String, Integer> lines = Scoring.quantities(p.openLines());
            lineCodes = lines.keySet().toArray(String[]::new);
            lineQuantities = lines.values().stream().mapToInt(Integer::intValue).toArray();
            window = Scoring.needWindow(p, today);
            waitingDays = Scoring.waitingDays(p, today);
        }
    }

    /** An offer's capacity added up per code and its validity as day numbers. */
    static final class OfferFacts {
        final OfferProfile p;
        final Map<String, Integer> capacity;
        final long from;
        final long to;

        OfferFacts(OfferProfile p) {
            this.p = p;
            capacity = Scoring.quantities(p.availableLines());
            from = Scoring.offerFrom(p);
            to = Scoring.offerTo(p);
        }
    }

    // ------------------------------------------------------------------ hard constraints

    /** The first hard constraint the pair fails, or {@code null}. */
    String exclusion(NeedFacts n, OfferFacts o) {
        if (!eligible(n.p, o.p)) {
            return EXCLUDED_ELIGIBILITY;
        }
        if (o.from > todayDay || o.to < todayDay) {
            return EXCLUDED_VALIDITY;
        }
        if (n.window != null && Scoring.overlapDays(n.window[0], n.window[1], o.from, o.to) == 0) {
            return EXCLUDED_PERIOD;
        }
        if (sharedCount(n.p.themes(), o.p.themes()) == 0) {
            return EXCLUDED_THEME;
        }
        return null;
    }

    static boolean eligible(NeedProfile need, OfferProfile offer) {
        return offer.openToAllStates()
                || (need.stateId() != null && offer.eligibleStates().contains(need.stateId()))
                || (need.subregion() != null && offer.eligibleSubregions().contains(need.subregion()));
    }

    // ------------------------------------------------------------------ soft scores

    /** The total of a pair that passes the hard constraints. */
    double total(NeedFacts n, OfferFacts o) {
        return total(n, o, budgetInNeedCurrency(n.p, o.p));
    }

    /**
     * What {@link #explain} needs of the scoring: the pair's total, the offer's budget in the need's currency
     * ({@code null} when unknown; only its whole units are shown) and the budget's score.
     */
    record PairScore(double total, BigDecimal budget, double budgetScore) {
    }

    private PairScore scored(NeedFacts n, OfferFacts o) {
        BigDecimal budget = budgetInNeedCurrency(n.p, o.p);
        return new PairScore(total(n, o, budget), budget, budgetScore(n.p, budget));
    }

    /** The total, with the offer's budget already converted into the need's currency ({@code null}: neutral). */
    private double total(NeedFacts n, OfferFacts o, BigDecimal budget) {
        return Scoring.total(weights,
                Scoring.share(sharedCount(n.p.themes(), o.p.themes()), n.p.themes().size()),
                Scoring.typeScore(sharedCount(n.p.assistanceTypes(), o.p.assistanceTypes()),
                        n.p.assistanceTypes().size()),
                linesScore(n, o),
                budgetScore(n.p, budget),
                periodScore(n, o),
                languageScore(n.p, o.p),
                n.p.developingCountry() ? 1.0 : 0.0,
                Scoring.waitingScore(n.waitingDays));
    }

    private static double linesScore(NeedFacts n, OfferFacts o) {
        double sum = 0;
        for (int i = 0; i < n.lineCodes.length; i++) {
            sum += Scoring.lineShare(n.lineQuantities[i], o.capacity.getOrDefault(n.lineCodes[i], 0));
        }
        return Scoring.linesScore(sum, n.lineCodes.length);
    }

    private static double budgetScore(NeedProfile need, BigDecimal budget) {
        return budget == null ? Scoring.NEUTRAL
                : Scoring.budgetScore(budget.doubleValue(), need.estimatedCost().amount().doubleValue());
    }

    /** The offer's budget in the need's currency; {@code null} when either amount is unknown or no rate is. */
    private BigDecimal budgetInNeedCurrency(NeedProfile need, OfferProfile offer) {
        if (need.estimatedCost() == null || offer.budget() == null) {
            return null;
        }
        return convert(offer.budget(), need.estimatedCost().currency());
    }

    /** An amount in another currency, {@code null} without a rate. */
    BigDecimal convert(Money money, String currency) {
        if (money.currency().equals(currency)) {
            return money.amount();
        }
        return rates.convert(money.amount(), money.currency(), currency).orElse(null);
    }

    private static double periodScore(NeedFacts n, OfferFacts o) {
        if (n.window == null) {
            return 1.0;
        }
        return Scoring.periodScore(Scoring.overlapDays(n.window[0], n.window[1], o.from, o.to),
                n.window[1] - n.window[0] + 1);
    }

    private static double languageScore(NeedProfile need, OfferProfile offer) {
        boolean known = !need.stateLanguages().isEmpty() && !offer.deliveryLanguages().isEmpty();
        return Scoring.languageScore(known, sharedCount(need.stateLanguages(), offer.deliveryLanguages()));
    }

    private static int sharedCount(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int n = 0;
        for (String s : small) {
            if (large.contains(s)) {
                n++;
            }
        }
        return n;
    }

    /** The codes in both, sorted. */
    private static List<String> shared(Set<String> a, Set<String> b) {
        String[] common = new String[Math.min(a.size(), b.size())];
        int n = 0;
        for (String s : a) {
            if (b.contains(s)) {
                common[n++] = s;
            }
        }
        Arrays.sort(common, 0, n);
        return List.of(Arrays.copyOf(common, n));
    }

    private static List<String> sorted(Set<String> codes) {
        String[] all = codes.toArray(String[]::new);
        Arrays.sort(all);
        return List.of(all);
    }

    // ------------------------------------------------------------------ explanations

    /**
     * The candidate with its reasons, given its total and the offer's budget in the need's currency as
     * {@link #total(NeedFacts, OfferFacts)} and {@link #convert} give them.
     */
    Candidate explain(NeedFacts n, OfferFacts o, PairScore pair) {
        NeedProfile need = n.p;
        OfferProfile offer = o.p;
        List<Reason> reasons = new ArrayList<>();

        if (weights.theme() > 0) {
            List<String> common = shared(need.themes(), offer.themes());
            int of = need.themes().size();
            double score = Scoring.share(common.size(), of);
            reasons.add(common.size() == of
                    ? reason(THEME, score, weights.theme(), THEME_ALL, of, common)
                    : reason(THEME, score, weights.theme(), THEME_PARTIAL, common.size(), of, common));
        }
        if (weights.assistanceType() > 0) {
            List<String> common = shared(need.assistanceTypes(), offer.assistanceTypes());
            int of = need.assistanceTypes().size();
            double score = Scoring.typeScore(common.size(), of);
            double w = weights.assistanceType();
            if (of == 0) {
                reasons.add(reason(ASSISTANCE_TYPE, score, w, TYPE_UNSPECIFIED));
            } else if (common.size() == of) {
                reasons.add(reason(ASSISTANCE_TYPE, score, w, TYPE_ALL, of, common));
            } else if (common.isEmpty()) {
                reasons.add(reason(ASSISTANCE_TYPE, score, w, TYPE_NONE, of, sorted(need.assistanceTypes())));
            } else {
                reasons.add(reason(ASSISTANCE_TYPE, score, w, TYPE_PARTIAL, common.size(), of, common));
            }
        }
        if (weights.lines() > 0) {
            int lines = n.lineCodes.length;
            if (lines == 0) {
                reasons.add(reason(LINES, Scoring.NEUTRAL, weights.lines(), LINES_NO_LINES));
            }
            for (int i = 0; i < lines; i++) {
                String code = n.lineCodes[i];
                int open = n.lineQuantities[i];
                int covered = Math.min(open, o.capacity.getOrDefault(code, 0));
                double score = Scoring.lineShare(open, covered);
                double w = weights.lines() / lines;
                reasons.add(covered == open ? reason(LINES, score, w, LINES_FULL, open, code)
                        : covered == 0 ? reason(LINES, score, w, LINES_MISSING, open, code)
                        : reason(LINES, score, w, LINES_PARTIAL, covered, open, code));
            }
        }
        if (weights.budget() > 0) {
            reasons.add(budgetReason(need, offer, pair.budget(), pair.budgetScore()));
        }
        if (weights.period() > 0) {
            double score = periodScore(n, o);
            if (n.window == null) {
                reasons.add(reason(PERIOD, score, weights.period(), PERIOD_ANYTIME));
            } else if (score == 1.0) {
                reasons.add(reason(PERIOD, score, weights.period(), PERIOD_FULL));
            } else {
                long days = n.window[1] - n.window[0] + 1;
                long overlap = Scoring.overlapDays(n.window[0], n.window[1], o.from, o.to);
                reasons.add(reason(PERIOD, score, weights.period(), PERIOD_PARTIAL, Scoring.percent(score),
                        overlap, days));
            }
        }
        if (weights.language() > 0) {
            double score = languageScore(need, offer);
            List<String> common = shared(need.stateLanguages(), offer.deliveryLanguages());
            if (need.stateLanguages().isEmpty() || offer.deliveryLanguages().isEmpty()) {
                reasons.add(reason(LANGUAGE, score, weights.language(), LANGUAGE_UNKNOWN));
            } else if (common.isEmpty()) {
                reasons.add(reason(LANGUAGE, score, weights.language(), LANGUAGE_MISMATCH,
                        sorted(offer.deliveryLanguages())));
            } else {
                reasons.add(reason(LANGUAGE, score, weights.language(), LANGUAGE_MATCHES, common.get(0), common));
            }
        }
        if (weights.developing() > 0) {
            reasons.add(need.developingCountry() ? reason(DEVELOPING, 1.0, weights.developing(), DEVELOPING_YES)
                    : reason(DEVELOPING, 0.0, weights.developing(), DEVELOPING_NO));
        }
        if (weights.waiting() > 0) {
            reasons.add(reason(WAITING, Scoring.waitingScore(n.waitingDays), weights.waiting(), WAITING_DAYS,
                    n.waitingDays));
        }
        return new Candidate(need.needId(), offer.offerId(), pair.total(), reasons);
    }

    private Reason budgetReason(NeedProfile need, OfferProfile offer, BigDecimal budget, double score) {
        double w = weights.budget();
        if (need.estimatedCost() == null || offer.budget() == null) {
            return reason(BUDGET, Scoring.NEUTRAL, w, BUDGET_UNKNOWN);
        }
        String currency = need.estimatedCost().currency();
        if (budget == null) {
            return reason(BUDGET, Scoring.NEUTRAL, w, BUDGET_RATE_MISSING, offer.budget().currency(), currency);
        }
        BigDecimal cost = need.estimatedCost().amount();
        return score == 1.0
                ? reason(BUDGET, score, w, BUDGET_FITS, Scoring.whole(budget), currency, Scoring.whole(cost))
                : reason(BUDGET, score, w, BUDGET_PARTIAL, Scoring.percent(score), Scoring.whole(budget), currency,
                        Scoring.whole(cost));
    }

    private static Reason reason(String component, double score, double weight, String key, Object... args) {
        return new Reason(component, score, weight, key, List.of(args));
    }
}
