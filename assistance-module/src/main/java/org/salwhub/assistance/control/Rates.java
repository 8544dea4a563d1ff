package org.salwhub.assistance.control;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.salwhub.assistance.control.matching.ExchangeRates;
import org.salwhub.assistance.entity.ExchangeRate;

/** A snapshot of the staff's exchange-rate table, converting any pair of currencies through the US dollar. */
public final class Rates implements ExchangeRates {

    private final ExchangeRates table;

    private Rates(Map<String, BigDecimal> unitsPerUsd) {
        this.table = ExchangeRates.viaBase("USD", unitsPerUsd);
    }

    public static Rates load(EntityManager em) {
        Map<String, BigDecimal> rates = new HashMap<>();
        em.createNamedQuery("ExchangeRate.all", ExchangeRate.class).getResultStream()
                .forEach(rate -> rates.put(rate.currency(), rate.unitsPerUsd()));
        return new Rates(rates);
    }

    @Override
    public Optional<BigDecimal> convert(BigDecimal amount, String from, String to) {
        if (amount == null || from == null || to == null) {
            return Optional.empty();
        }
        if (from.equals(to)) {
            return Optional.of(amount);
        }
        return table.convert(amount, from, to).map(value -> value.setScale(2, RoundingMode.HALF_UP));
    }

    /** Whether an amount in this currency converts to US dollars ({@code null}: no amount, nothing to convert). */
    public boolean converts(BigDecimal amount, String from) {
        return amount == null || from == null || convert(BigDecimal.ONE, from, "USD").isPresent();
    }

    /** In US dollars, or zero when the currency has no rate (see {@link #converts}). */
    public BigDecimal usd(BigDecimal amount, String from) {
        return amount == null ? BigDecimal.ZERO : convert(amount, from, "USD").orElse(BigDecimal.ZERO);
    }
}
