package org.salwhub.assistance.api;

/** The quantity of one item a match moves from an offer to a need. */
public record MatchLine(String itemCode, int quantity) {
}
