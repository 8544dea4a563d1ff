package org.salwhub.assistance.control;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.salwhub.assistance.api.project.ProjectBudgetLine;
import org.salwhub.assistance.api.project.ProjectRateUsed;
import org.salwhub.assistance.api.project.ProjectTotals;
import org.salwhub.assistance.api.project.ProjectTransactionType;
import org.salwhub.assistance.entity.ExchangeRate;
import org.salwhub.assistance.entity.Project;
import org.salwhub.assistance.entity.ProjectTransaction;

/**
 * Project money in US dollars through a snapshot of the staff exchange-rate table. Pledges are counted apart and
 * never in committed, disbursed or spent; every rate used is named, and amounts in a currency without a rate are
 * left out and named too (never silently counted at par).
 */
public final class ProjectMoney {

    public static final String BASE = "USD";

    private final Map<String, ExchangeRate> rates;

    private ProjectMoney(Map<String, ExchangeRate> rates) {
        this.rates = rates;
    }

    public static ProjectMoney load(EntityManager em) {
        return new ProjectMoney(em.createNamedQuery("ExchangeRate.all", ExchangeRate.class).getResultStream()
                .collect(Collectors.toMap(ExchangeRate::currency, r -> r)));
    }

    /** The amount in US dollars, empty when its currency has no rate. */
    public Optional<BigDecimal> usd(BigDecimal amount, String currency) {
        if (amount == null || currency == null) {
            return Optional.empty();
        }
        if (BASE.equals(currency)) {
            return Optional.of(amount.setScale(2, RoundingMode.HALF_UP));
        }
        ExchangeRate rate = rates.get(currency);
        return rate == null ? Optional.empty()
                : Optional.of(rate.toUsd(amount).setScale(2, RoundingMode.HALF_UP));
    }

    /** A running conversion that remembers the rates it used and the currencies it had to leave out. */
    public Tally tally() {
        return new Tally();
    }

    public ProjectTotals totals(Project project) {
        Tally tally = tally();
        BigDecimal budget = BigDecimal.ZERO;
        for (ProjectBudgetLine line : project.currentBudgets()) {
            budget = budget.add(tally.usd(line.amount(), line.currency()));
        }
        Map<ProjectTransactionType, BigDecimal> sums = new TreeMap<>();
        for (ProjectTransactionType type : ProjectTransactionType.values()) {
            sums.put(type, BigDecimal.ZERO);
        }
        for (ProjectTransaction t : project.transactions()) {
            sums.merge(t.type(), tally.usd(t.amount(), t.currency()), BigDecimal::add);
        }
        return new ProjectTotals(BASE, budget, sums.get(ProjectTransactionType.PLEDGE),
                sums.get(ProjectTransactionType.COMMITMENT), sums.get(ProjectTransactionType.DISBURSEMENT),
                sums.get(ProjectTransactionType.EXPENDITURE), tally.rates(), tally.missing());
    }

    /**
     * Sums in US dollars: an amount in a currency without a rate adds nothing and its currency is named in
     * {@link #missing()}; every rate used is named in {@link #rates()}.
     */
    public final class Tally {
        private final Set<String> used = new TreeSet<>();
        private final Set<String> missing = new TreeSet<>();

        private Tally() {
        }

        /** The amount in US dollars, or zero (and the currency noted as missing) when it has no rate. */
        public BigDecimal usd(BigDecimal amount, String currency) {
            if (amount == null) {
                return BigDecimal.ZERO;
            }
            Optional<BigDecimal> usd = ProjectMoney.this.usd(amount, currency);
            if (usd.isEmpty()) {
                missing.add(currency == null ? "?" : currency);
                return BigDecimal.ZERO;
            }
            if (!BASE.equals(currency)) {
                used.add(currency);
            }
            return usd.get();
        }

        /** Adds what another tally used and missed. */
        public void add(Tally other) {
            used.addAll(other.used);
            missing.addAll(other.missing);
        }

        /** The currencies left out, in alphabetical order. */
        public Set<String> missing() {
            return java.util.Collections.unmodifiableSet(new TreeSet<>(missing));
        }

        public List<ProjectRateUsed> rates() {
            List<ProjectRateUsed> named = new ArrayList<>();
            for (String currency : used) {
                ExchangeRate rate = rates.get(currency);
                named.add(new ProjectRateUsed(currency, rate.unitsPerUsd(), rate.view().asOf()));
            }
            return named;
        }
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, MathContext.DECIMAL64);
    }
}
