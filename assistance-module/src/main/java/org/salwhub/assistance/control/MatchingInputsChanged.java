package org.salwhub.assistance.control;

/**
 * Something ranking depends on changed in the current transaction: an offer, the weights or the exchange rates.
 * Internal to the assistance module ({@link OfferIndexCache} observes it).
 */
public record MatchingInputsChanged(String what) {
}
