package org.salwhub.assistance.control.matching;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of the soft scores, shared by {@link MatchingEngine} and {@link MatchingIndex} so that
 * both compute bit-for-bit the same totals (same operations in the same order).
 */
final class Scoring {

    /** The score of a component whose inputs are unknown: neither helps nor hurts much. */
    static final double NEUTRAL = 0.5;

    /** A need with a start but no end wants this many days from its start. */
    static final long OPEN_PERIOD_DAYS = 365;

    private Scoring() {
    }

    /** Share of the need's themes (or types) that the offer covers; {@code total > 0}. */
    static double share(int matched, int total) {
        return matched / (double) total;
    }

    static double typeScore(int matched, int total) {
        return total == 0 ? NEUTRAL : share(matched, total);
    }

    /** One open line: the share of its quantity the offer can cover. */
    static double lineShare(int open, int available) {
        return Math.min(open, Math.max(available, 0)) / (double) open;
    }

    /** The mean of the line shares, or neutral without lines. */
    static double linesScore(double sumOfShares, int lines) {
        return lines == 0 ? NEUTRAL : sumOfShares / lines;
    }

    /** Budget (already in the need's currency) against estimated cost. */
    static double budgetScore(double budget, double cost) {
        return cost <= 0 ? 1.0 : Math.min(1.0, budget / cost);
    }

    static long overlapDays(long needFrom, long needTo, long offerFrom, long offerTo) {
        return Math.max(0, Math.min(needTo, offerTo) - Math.max(needFrom, offerFrom) + 1);
    }

    static double periodScore(long overlap, long needDays) {
        return overlap / (double) needDays;
    }

    static double languageScore(boolean known, int shared) {
        return !known ? NEUTRAL : shared > 0 ? 1.0 : 0.0;
    }

    static double waitingScore(long days) {
        return Math.min(days, ReasonKeys.WAITING_SATURATION_DAYS) / (double) ReasonKeys.WAITING_SATURATION_DAYS;
    }

    /** The weighted total, 0..100, with weights that add up to 1. */
    static double total(Weights w, double theme, double type, double lines, double budget, double period,
                        double language, double developing, double waiting) {
        return 100 * (w.theme() * theme + w.assistanceType() * type + w.lines() * lines + w.budget() * budget
                + w.period() * period + w.language() * language + w.developing() * developing
                + w.waiting() * waiting);
    }

    static int percent(double score) {
        return (int) Math.floor(score * 100);
    }

    static BigDecimal whole(BigDecimal amount) {
        return amount.setScale(0, java.math.RoundingMode.HALF_UP);
    }

    /** Quantities per code, added up, lines of zero or less left out, in the order of first appearance. */
    static Map<String, Integer> quantities(List<LineItem> lines) {
        Map<String, Integer> byCode = new LinkedHashMap<>();
        for (LineItem line : lines) {
            if (line.quantity() > 0) {
                byCode.merge(line.itemCode(), line.quantity(), (a, b) -> (int) Math.min(Integer.MAX_VALUE, (long) a + b));
            }
        }
        return byCode;
    }

    /** The day numbers of a need's desired period, or {@code null} without one. */
    static long[] needWindow(NeedProfile need, long today) {
        if (!need.hasPeriod()) {
            return null;
        }
        long from = need.periodFrom() != null ? need.periodFrom().toEpochDay() : today;
        long to = need.periodTo() != null ? need.periodTo().toEpochDay() : from + OPEN_PERIOD_DAYS - 1;
        if (to < from) {
            from = to;
        }
        return new long[] {from, to};
    }

    static long offerFrom(OfferProfile offer) {
        return offer.validFrom() == null ? Long.MIN_VALUE : offer.validFrom().toEpochDay();
    }

    static long offerTo(OfferProfile offer) {
        return offer.validTo() == null ? Long.MAX_VALUE : offer.validTo().toEpochDay();
    }

    static long waitingDays(NeedProfile need, long today) {
        return need.publishedOn() == null ? 0 : Math.max(0, today - need.publishedOn().toEpochDay());
    }
}
