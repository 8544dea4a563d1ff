package org.salwhub.assistance.control.matching;

import java.util.Objects;
import java.util.List;

/**
 * One line of a candidate's explanation.
 *
 * @param component  the scoring component: a name from {@link ReasonKeys} ({@code theme}, {@code lines}, ...)
 * @param score      the component's score, 0..1
 * @param weight     the component's normalised weight (all weights of a candidate add up to 1; the
 *                   {@code lines} component has one reason per open line, sharing its weight equally),
 *                   so {@code 100 * weight * score} is the reason's share of the total
 * @param messageKey the bundle key {@code match.reason.<component>.<variant>} (see {@link ReasonKeys})
 * @param args       the message arguments documented on the key: numbers ({@link Integer}, {@link Long},
 *                   {@link java.math.BigDecimal}), codes ({@link String}) the UI localises, and lists of codes
 */
public record Reason(String component, double score, double weight, String messageKey, List<Object> args) {

    public Reason {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(messageKey, "messageKey");
        args = List.copyOf(args);
    }

    /** This reason's share of the candidate's total, in points of 0..100. */
    public double points() {
        return 100 * weight * score;
    }
}
