package org.salwhub.assistance.api;

import java.util.UUID;

/** Filters of the offers board; null means any. {@code mine} keeps the offers of the caller's organisation. */
public record OfferQuery(String text, String theme, UUID organisationId, UUID eligibleState, OfferStatus status,
                         boolean mine, String sort, boolean ascending, int first, int max) {

    public static OfferQuery all() {
        return new OfferQuery(null, null, null, null, null, false, null, false, 0, 500);
    }
}
