package org.salwhub.assistance.api;

import java.util.UUID;
import org.salwhub.registry.api.Subregion;

/**
 * Filters of the needs board; null means any. {@code mine} keeps the needs of the caller's own State.
 * {@code sort} is one of {@code title}, {@code status}, {@code publishedOn}, {@code createdAt} (default: newest).
 */
public record NeedQuery(String text, String theme, UUID stateId, Subregion subregion, NeedStatus status,
                        boolean mine, String sort, boolean ascending, int first, int max) {

    public static NeedQuery all() {
        return new NeedQuery(null, null, null, null, null, false, null, false, 0, 500);
    }
}
