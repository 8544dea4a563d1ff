package org.salwhub.fellowship.api;

/**
 * A nomination in the ranked list: the mean of its reviewers' weighted scores (0..5, null before any review),
 * the spread between the highest and lowest of them, and how many reviews are in.
 */
public record NominationRanking(int rank, NominationView nomination, Double meanScore, Double spread,
                                int reviews, int assigned) {
}
