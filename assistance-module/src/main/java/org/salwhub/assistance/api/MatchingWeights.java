package org.salwhub.assistance.api;

/**
 * The weights of the matching engine's soft scores, as staff set them (any non-negative numbers; the engine
 * normalises). {@code custom} is false while the engine's defaults apply.
 */
public record MatchingWeights(double theme, double assistanceType, double lines, double budget, double period,
                              double language, double developing, double waiting, boolean custom, long version) {
}
