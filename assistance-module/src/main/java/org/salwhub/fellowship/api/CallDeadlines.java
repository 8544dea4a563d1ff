package org.salwhub.fellowship.api;

import java.time.LocalDate;

/**
 * A call's deadlines, each the last day on which the step may be done: nominations, reviews, selection, and the
 * fellows' acceptance of their offers.
 */
public record CallDeadlines(LocalDate nomination, LocalDate review, LocalDate selection, LocalDate acceptance) {
}
