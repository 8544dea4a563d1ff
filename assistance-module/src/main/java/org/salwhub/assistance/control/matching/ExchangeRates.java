package org.salwhub.assistance.control.matching;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The staff-maintained exchange-rate table, as the engine sees it. Implementations must be
 * deterministic (the same question gives the same answer during a ranking). The engine never asks
 * to convert a currency into itself.
 */
@FunctionalInterface
public interface ExchangeRates {

    /** {@code amount} in currency {@code from} expressed in currency {@code to}; empty when no rate is known. */
    Optional<BigDecimal> convert(BigDecimal amount, String from, String to);

    /** No rates at all: only amounts in the same currency compare. */
    static ExchangeRates none() {
        return (amount, from, to) -> from.equals(to) ? Optional.of(amount) : Optional.empty();
    }

    /**
     * Rates through one base currency: {@code unitsPerBase.get("USD")} is how many US dollars one unit
     * of {@code base} buys. Cross rates go through the base (decimal128 precision).
     */
    static ExchangeRates viaBase(String base, Map<String, BigDecimal> unitsPerBase) {
        Map<String, BigDecimal> rates = new HashMap<>();
        unitsPerBase.forEach((code, rate) -> rates.put(code.toUpperCase(Locale.ROOT), rate));
        rates.put(base.toUpperCase(Locale.ROOT), BigDecimal.ONE);
        return (amount, from, to) -> {
            BigDecimal fromRate = rates.get(from);
            BigDecimal toRate = rates.get(to);
            if (fromRate == null || toRate == null || fromRate.signum() == 0) {
                return Optional.empty();
            }
            return Optional.of(amount.multiply(toRate).divide(fromRate, MathContext.DECIMAL128));
        };
    }
}
