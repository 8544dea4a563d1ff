package org.salwhub.assistance.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.salwhub.registry.api.kernel.LocalizedText;

/**
 * The assistance module's reference data: the vocabularies, the exchange-rate table and the matching weights.
 * Every network member reads; only staff change, each change checked against the version the caller saw.
 */
public interface AssistanceReferenceFacade {

    /** The terms of a vocabulary in their order, inactive ones included when asked. */
    List<TermView> terms(TermKind kind, boolean includeInactive);

    Optional<TermView> term(String code);

    /** Adds a term (staff). The code is upper-case letters, digits and underscores, unique across vocabularies. */
    TermView addTerm(TermKind kind, String code, LocalizedText label, int sortOrder);

    /** Changes a term's labels, order or whether it is offered for new records (staff). */
    TermView updateTerm(String code, LocalizedText label, int sortOrder, boolean active, long expectedVersion);

    List<ExchangeRateView> exchangeRates();

    /** Records a currency's rate against the US dollar (staff); {@code expectedVersion} 0 for a new currency. */
    ExchangeRateView saveExchangeRate(String currency, BigDecimal unitsPerUsd, LocalDate asOf, long expectedVersion);

    /** Converts through the US dollar; empty when a currency has no rate. */
    Optional<BigDecimal> convert(BigDecimal amount, String from, String to);

    MatchingWeights weights();

    /** Sets the weights (staff); non-negative, not all zero. */
    MatchingWeights saveWeights(MatchingWeights weights, long expectedVersion);
}
