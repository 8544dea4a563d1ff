package org.salwhub.assistance.control.matching;

/**
 * How much each soft score counts, as set by staff. Any non-negative numbers with a positive sum;
 * the engine normalises them to add up to 1.
 */
public record Weights(double theme, double assistanceType, double lines, double budget, double period,
                      double language, double developing, double waiting) {

    public Weights {
        double[] all = {theme, assistanceType, lines, budget, period, language, developing, waiting};
        double sum = 0;
        for (double w : all) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weights must be finite and not negative: " + w);
            }
            sum += w;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("at least one weight must be positive");
        }
    }

    /** Theme 25, assistance type 10, lines 20, budget 15, period 10, language 8, developing 5, waiting 7. */
    public static Weights defaults() {
        return new Weights(25, 10, 20, 15, 10, 8, 5, 7);
    }

    public double sum() {
        return theme + assistanceType + lines + budget + period + language + developing + waiting;
    }

    /** The same proportions, adding up to 1. */
    public Weights normalised() {
        double s = sum();
        return new Weights(theme / s, assistanceType / s, lines / s, budget / s, period / s, language / s,
                developing / s, waiting / s);
    }
}
