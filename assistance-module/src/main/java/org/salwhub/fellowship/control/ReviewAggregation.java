package org.salwhub.fellowship.control;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.salwhub.fellowship.api.CallCriterion;

/** Scores: a reviewer's weighted mean over the rubric, and the mean and spread over an application's reviewers. */
public final class ReviewAggregation {

    public static final int MIN_SCORE = 0;
    public static final int MAX_SCORE = 5;

    private ReviewAggregation() {
    }

    /** The mean and spread (highest minus lowest) of reviewers' weighted scores; nulls when there is none. */
    public record Aggregate(Double mean, Double spread, int reviews) {
    }

    /** Σ weight × score / Σ weight, rounded to two decimals; null when a criterion is unscored or no weight. */
    public static Double weighted(Map<UUID, Integer> scores, List<CallCriterion> criteria) {
        long totalWeight = 0;
        long sum = 0;
        for (CallCriterion criterion : criteria) {
            Integer score = scores.get(criterion.id());
            if (score == null) {
                return null;
            }
            totalWeight += criterion.weight();
            sum += (long) criterion.weight() * score;
        }
        if (totalWeight == 0) {
            return null;
        }
        return round((double) sum / totalWeight);
    }

    public static Aggregate aggregate(List<Double> reviewerScores) {
        List<Double> scores = reviewerScores.stream().filter(java.util.Objects::nonNull).toList();
        if (scores.isEmpty()) {
            return new Aggregate(null, null, 0);
        }
        double mean = scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double spread = scores.stream().mapToDouble(Double::doubleValue).max().orElse(0)
                - scores.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        return new Aggregate(round(mean), round(spread), scores.size());
    }

    static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }
}
