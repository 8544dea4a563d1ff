package org.salwhub.assistance.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.salwhub.assistance.api.AgeBucket;
import org.salwhub.assistance.api.AssistanceReferenceFacade;
import org.salwhub.assistance.api.Confidentiality;
import org.salwhub.assistance.api.GapRow;
import org.salwhub.assistance.api.MatchStatus;
import org.salwhub.assistance.api.NeedStatus;
import org.salwhub.assistance.api.OfferStatus;
import org.salwhub.assistance.api.TermKind;
import org.salwhub.assistance.api.TermView;
import org.salwhub.assistance.control.Rates;
import org.salwhub.assistance.entity.Match;
import org.salwhub.assistance.entity.Need;
import org.salwhub.assistance.entity.Offer;
import org.salwhub.registry.api.kernel.Caller;

/**
 * The gap dashboard: requested against offered and committed, by theme and by State, and the published needs still
 * unmatched, by age.
 */
@Dependent
public class Gaps {

    @PersistenceContext
    EntityManager em;

    @Inject
    AssistanceRecords records;

    @Inject
    AssistanceReferenceFacade reference;

    private static final Set<NeedStatus> GAP_NEEDS = Set.of(NeedStatus.PUBLISHED, NeedStatus.PARTIALLY_MATCHED,
            NeedStatus.MATCHED, NeedStatus.IN_PROJECT, NeedStatus.FULFILLED);

    /** One need's or offer's figures for the dashboard, and the currencies its dollar sums had to leave out. */
    private record Figures(UUID owner, Set<String> themes, long quantity, long done, BigDecimal usd,
                           BigDecimal doneUsd, Set<String> missingRates) {
    }

    /** The currency of an amount that has no exchange rate, as a set of none or one. */
    private static Set<String> missing(Rates rates, BigDecimal amount, String currency) {
        return rates.converts(amount, currency) ? Set.of() : Set.of(currency);
    }

    private List<Figures> needFigures(Rates rates) {
        Caller caller = records.member();
        Map<String, long[]> lines = lineSums("SELECT l.need.id, SUM(l.quantity), SUM(l.done) FROM NeedLine l"
                + " GROUP BY l.need.id");
        Map<String, BigDecimal> funded = new HashMap<>();
        Map<String, Set<String>> fundedMissing = new HashMap<>();
        em.createQuery("SELECT m.needId, m.fundingAmount, m.currency FROM Match m WHERE m.status = :confirmed"
                        + " AND m.fundingAmount IS NOT NULL", Object[].class)
                .setParameter("confirmed", MatchStatus.CONFIRMED).getResultStream()
                .forEach(row -> {
                    funded.merge((String) row[0], rates.usd((BigDecimal) row[1], (String) row[2]), BigDecimal::add);
                    missing(rates, (BigDecimal) row[1], (String) row[2]).forEach(c -> fundedMissing
                            .computeIfAbsent((String) row[0], k -> new java.util.TreeSet<>()).add(c));
                });
        return em.createQuery("SELECT n FROM Need n WHERE n.status IN :statuses", Need.class)
                .setParameter("statuses", GAP_NEEDS).getResultStream()
                .filter(n -> caller.isStaff() || n.confidentiality() == Confidentiality.NETWORK)
                .map(n -> {
                    long[] sums = lines.getOrDefault(n.id(), new long[2]);
                    BigDecimal cost = rates.usd(n.estimatedCost(), n.currency());
                    BigDecimal done = funded.containsKey(n.id()) ? funded.get(n.id())
                            : sums[0] == 0 ? (n.status() == NeedStatus.PUBLISHED ? BigDecimal.ZERO : cost)
                            : cost.multiply(BigDecimal.valueOf(sums[1])).divide(BigDecimal.valueOf(sums[0]), 2,
                            java.math.RoundingMode.HALF_UP);
                    Set<String> left = new java.util.TreeSet<>(missing(rates, n.estimatedCost(), n.currency()));
                    left.addAll(fundedMissing.getOrDefault(n.id(), Set.of()));
                    return new Figures(n.stateId(), n.themes(), sums[0], sums[1], cost, done, left);
                }).toList();
    }

    private List<Figures> offerFigures(Rates rates) {
        Map<String, long[]> lines = lineSums("SELECT l.offer.id, SUM(l.quantity), SUM(l.done) FROM OfferLine l"
                + " GROUP BY l.offer.id");
        return em.createQuery("SELECT o FROM Offer o WHERE o.status IN :statuses", Offer.class)
                .setParameter("statuses", Set.of(OfferStatus.PUBLISHED, OfferStatus.PARTIALLY_COMMITTED,
                        OfferStatus.FULLY_COMMITTED)).getResultStream()
                .map(o -> {
                    long[] sums = lines.getOrDefault(o.id(), new long[2]);
                    return new Figures(o.organisationId(), o.themes(), sums[0], sums[1],
                            rates.usd(o.budget(), o.currency()), BigDecimal.ZERO, missing(rates, o.budget(),
                            o.currency()));
                }).toList();
    }

    private Map<String, long[]> lineSums(String jpql) {
        Map<String, long[]> sums = new HashMap<>();
        em.createQuery(jpql, Object[].class).getResultStream().forEach(row -> sums.put((String) row[0],
                new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()}));
        return sums;
    }

    List<GapRow> gapByTheme() {
        Rates rates = Rates.load(em);
        List<Figures> needs = needFigures(rates);
        List<Figures> offers = offerFigures(rates);
        List<GapRow> rows = new ArrayList<>();
        for (TermView theme : reference.terms(TermKind.THEME, false)) {
            String code = theme.code();
            List<Figures> n = needs.stream().filter(f -> f.themes().contains(code)).toList();
            List<Figures> o = offers.stream().filter(f -> f.themes().contains(code)).toList();
            if (n.isEmpty() && o.isEmpty()) {
                continue;
            }
            rows.add(row(code, n, o));
        }
        return rows;
    }

    List<GapRow> gapByState() {
        Rates rates = Rates.load(em);
        Map<UUID, List<Figures>> needs = needFigures(rates).stream().collect(Collectors.groupingBy(Figures::owner));
        Map<UUID, List<Figures>> offered = offeredToStates(rates).stream()
                .collect(Collectors.groupingBy(Figures::owner));
        return needs.entrySet().stream()
                .map(e -> row(e.getKey().toString(), e.getValue(), offered.getOrDefault(e.getKey(), List.of())))
                .sorted(java.util.Comparator.comparing(GapRow::requestedUsd).reversed()).toList();
    }

    /**
     * Offers are not made to one State, so what a State has been offered is what donors have put forward against its
     * needs: every live or confirmed match, its quantities and its funding amount (or, without one, the matched
     * share of the need's estimated cost).
     */
    private List<Figures> offeredToStates(Rates rates) {
        Caller caller = records.member();
        Map<String, long[]> lines = lineSums("SELECT l.need.id, SUM(l.quantity), SUM(l.done) FROM NeedLine l"
                + " GROUP BY l.need.id");
        return em.createQuery("SELECT m, n FROM Match m, Need n WHERE n.id = m.needId AND m.status IN :live"
                        + " AND n.status IN :statuses", Object[].class)
                .setParameter("live", AssistanceRecords.LIVE).setParameter("statuses", GAP_NEEDS)
                .getResultStream()
                .filter(row -> caller.isStaff() || ((Need) row[1]).confidentiality() == Confidentiality.NETWORK)
                .map(row -> {
                    Match m = (Match) row[0];
                    Need n = (Need) row[1];
                    long quantity = m.quantities().values().stream().mapToLong(Integer::longValue).sum();
                    long needed = lines.getOrDefault(n.id(), new long[2])[0];
                    BigDecimal usd = m.fundingAmount() != null ? rates.usd(m.fundingAmount(), m.currency())
                            : needed == 0 ? BigDecimal.ZERO
                            : rates.usd(n.estimatedCost(), n.currency()).multiply(BigDecimal.valueOf(quantity))
                            .divide(BigDecimal.valueOf(needed), 2, java.math.RoundingMode.HALF_UP);
                    Set<String> left = m.fundingAmount() != null ? missing(rates, m.fundingAmount(), m.currency())
                            : missing(rates, n.estimatedCost(), n.currency());
                    return new Figures(n.stateId(), n.themes(), quantity, 0, usd, BigDecimal.ZERO, left);
                }).toList();
    }

    private static GapRow row(String key, List<Figures> needs, List<Figures> offers) {
        return new GapRow(key, needs.stream().mapToLong(Figures::quantity).sum(),
                offers.stream().mapToLong(Figures::quantity).sum(), needs.stream().mapToLong(Figures::done).sum(),
                needs.stream().map(Figures::usd).reduce(BigDecimal.ZERO, BigDecimal::add),
                offers.stream().map(Figures::usd).reduce(BigDecimal.ZERO, BigDecimal::add),
                needs.stream().map(Figures::doneUsd).reduce(BigDecimal.ZERO, BigDecimal::add),
                java.util.stream.Stream.concat(needs.stream(), offers.stream())
                        .flatMap(f -> f.missingRates().stream()).distinct().sorted().toList());
    }

    List<AgeBucket> unmatchedByAge() {
        Caller caller = records.member();
        LocalDate today = records.today();
        int[][] spans = {{0, 3}, {3, 6}, {6, 12}, {12, 24}, {24, -1}};
        long[] counts = new long[spans.length];
        em.createQuery("SELECT n FROM Need n WHERE n.status = :published", Need.class)
                .setParameter("published", NeedStatus.PUBLISHED).getResultStream()
                .filter(n -> caller.isStaff() || n.confidentiality() == Confidentiality.NETWORK)
                .filter(n -> n.publishedOn() != null).forEach(n -> {
                    long months = java.time.temporal.ChronoUnit.MONTHS.between(n.publishedOn(), today);
                    for (int i = 0; i < spans.length; i++) {
                        if (months >= spans[i][0] && (spans[i][1] < 0 || months < spans[i][1])) {
                            counts[i]++;
                            break;
                        }
                    }
                });
        List<AgeBucket> buckets = new ArrayList<>();
        for (int i = 0; i < spans.length; i++) {
            buckets.add(new AgeBucket(spans[i][0], spans[i][1] < 0 ? null : spans[i][1], counts[i]));
        }
        return buckets;
    }
}
