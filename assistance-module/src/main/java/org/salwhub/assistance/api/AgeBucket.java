package org.salwhub.assistance.api;

/** How many published needs have had no confirmed match for the given span of months since publication. */
public record AgeBucket(int fromMonths, Integer toMonths, long needs) {
}
