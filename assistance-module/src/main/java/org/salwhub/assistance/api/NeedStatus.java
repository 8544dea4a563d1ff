package org.salwhub.assistance.api;

import java.util.Set;

/**
 * A need's lifecycle: draft → submitted → validated (or returned with comments) → published → partially matched →
 * matched → in project → fulfilled; or withdrawn, or expired unmatched.
 */
public enum NeedStatus {
    DRAFT, SUBMITTED, RETURNED, VALIDATED, PUBLISHED, PARTIALLY_MATCHED, MATCHED, IN_PROJECT, FULFILLED, WITHDRAWN,
    EXPIRED;

    /** Statuses in which the network (and donors) see the need, confidentiality permitting. */
    public static final Set<NeedStatus> VISIBLE = Set.of(PUBLISHED, PARTIALLY_MATCHED, MATCHED, IN_PROJECT, FULFILLED,
            EXPIRED);

    /** Statuses in which offers may still be matched to the need. */
    public static final Set<NeedStatus> MATCHABLE = Set.of(PUBLISHED, PARTIALLY_MATCHED);

    /** Filed and not closed: what a new need of the same State may duplicate. */
    public static final Set<NeedStatus> OPEN = Set.of(SUBMITTED, VALIDATED, PUBLISHED, PARTIALLY_MATCHED, MATCHED,
            IN_PROJECT);

    public boolean isEditableByOwner() {
        return this == DRAFT || this == RETURNED;
    }
}
