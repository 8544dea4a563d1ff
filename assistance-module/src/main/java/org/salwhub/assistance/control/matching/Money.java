package org.salwhub.assistance.control.matching;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount in a currency (ISO 4217 code, kept in upper case).
 *
 * @param amount   not negative
 * @param currency three-letter code such as {@code EUR}
 */
public record Money(BigDecimal amount, String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("negative amount " + amount);
        }
        currency = currency.trim().toUpperCase(Locale.ROOT);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }
}
