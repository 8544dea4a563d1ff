package org.salwhub.assistance.api;

import java.util.Set;

/** An offer's lifecycle: draft → published → partially committed → fully committed; or expired, or withdrawn. */
public enum OfferStatus {
    DRAFT, PUBLISHED, PARTIALLY_COMMITTED, FULLY_COMMITTED, EXPIRED, WITHDRAWN;

    /** What other organisations and States see. */
    public static final Set<OfferStatus> VISIBLE = Set.of(PUBLISHED, PARTIALLY_COMMITTED, FULLY_COMMITTED, EXPIRED);

    /** Statuses with capacity still to commit. */
    public static final Set<OfferStatus> MATCHABLE = Set.of(PUBLISHED, PARTIALLY_COMMITTED);

    /** A draft, or an offer with capacity still to commit: its donor may still change or withdraw it. */
    public boolean isEditable() {
        return this == DRAFT || MATCHABLE.contains(this);
    }
}
