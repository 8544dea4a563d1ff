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

    public BigDecimal usdOrZero(BigDecimal amount, String currency) {
        return usd(amount, currency).orElse(BigDecimal.ZERO);
    }

    public ProjectTotals totals(Project project) {
        Set<String> used = new TreeSet<>();
        Set<String> missing = new TreeSet<>();
        BigDecimal budget = BigDecimal.ZERO;
        for (ProjectBudgetLine line : project.currentBudgets()) {
            budget = budget.add(add(line.amount(), line.currency(), used, missing));
        }
        Map<ProjectTransactionType, BigDecimal> sums = new TreeMap<>();
        for (ProjectTransactionType type : ProjectTransactionType.values()) {
            sums.put(type, BigDecimal.ZERO);
        }
        for (ProjectTransaction t : project.transactions()) {
            sums.merge(t.type(), add(t.amount(), t.currency(), used, missing), BigDecimal::add);
        }
        List<ProjectRateUsed> named = new ArrayList<>();
        for (String currency : used) {
            ExchangeRate rate = rates.get(currency);
            named.add(new ProjectRateUsed(currency, rate.unitsPerUsd(), rate.view().asOf()));
        }
        return new ProjectTotals(BASE, budget, sums.get(ProjectTransactionType.PLEDGE),
                sums.get(ProjectTransactionType.COMMITMENT), sums.get(ProjectTransactionType.DISBURSEMENT),
                sums.get(ProjectTransactionType.EXPENDITURE), named, missing);
    }

    private BigDecimal add(BigDecimal amount, String currency, Set<String> used, Set<String> missing) {
        Optional<BigDecimal> usd = usd(amount, currency);
        if (usd.isEmpty()) {
            missing.add(currency);
            return BigDecimal.ZERO;
        }
        if (!BASE.equals(currency)) {
            used.add(currency);
        }
        return usd.get();
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, MathContext.DECIMAL64);
    }
}
