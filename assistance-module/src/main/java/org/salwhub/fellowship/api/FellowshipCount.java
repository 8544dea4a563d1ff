package org.salwhub.fellowship.api;

/** A count in a report: {@code key} is a State ID, a subregion or a sex. */
public record FellowshipCount(String key, long count) {
}
