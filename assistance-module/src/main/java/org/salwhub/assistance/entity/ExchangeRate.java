package org.salwhub.assistance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.salwhub.assistance.api.ExchangeRateView;

/** How many units of a currency one US dollar buys, as staff recorded it on a date. */
@Entity
@Table(name = "asst_exchange_rate")
@NamedQuery(name = "ExchangeRate.all", query = "SELECT r FROM ExchangeRate r ORDER BY r.currency")
public class ExchangeRate {

    @Id
    @Column(length = 3)
    private String currency;

    @Column(name = "units_per_usd", nullable = false, precision = 19, scale = 6)
    private BigDecimal unitsPerUsd;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Version
    private long version;

    protected ExchangeRate() {
    }

    public ExchangeRate(String currency, BigDecimal unitsPerUsd, LocalDate asOf) {
        this.currency = currency;
        record(unitsPerUsd, asOf);
    }

    public void record(BigDecimal unitsPerUsd, LocalDate asOf) {
        if (unitsPerUsd == null || unitsPerUsd.signum() <= 0) {
            throw new IllegalArgumentException("a rate is positive");
        }
        this.unitsPerUsd = unitsPerUsd.setScale(6, RoundingMode.HALF_UP);
        this.asOf = asOf;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal unitsPerUsd() {
        return unitsPerUsd;
    }

    public long version() {
        return version;
    }

    /** {@code amount} in this currency, in US dollars. */
    public BigDecimal toUsd(BigDecimal amount) {
        return amount.divide(unitsPerUsd, MathContext.DECIMAL64);
    }

    /** {@code usd} US dollars in this currency. */
    public BigDecimal fromUsd(BigDecimal usd) {
        return usd.multiply(unitsPerUsd, MathContext.DECIMAL64);
    }

    public ExchangeRateView view() {
        return new ExchangeRateView(currency, unitsPerUsd, asOf, version);
    }
}
