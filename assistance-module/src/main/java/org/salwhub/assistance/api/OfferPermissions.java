package org.salwhub.assistance.api;

import java.io.Serializable;

/**
 * What the reader of an offer may do with it now, decided by the assistance module from the rules its boundary
 * enforces:
 * <ul>
 *   <li>{@code manage}: act for the offer (its organisation's donors and staff): see the needs ranked for it and
 *       propose matches;</li>
 *   <li>{@code edit} and {@code withdraw}: change or withdraw it (the same, while a draft or with capacity still to
 *       commit);</li>
 *   <li>{@code publish}: publish a draft.</li>
 * </ul>
 */
public record OfferPermissions(boolean manage, boolean edit, boolean publish, boolean withdraw)
        implements Serializable {

    /** Nothing: for an offer seen outside a caller's request. */
    public static final OfferPermissions NONE = new OfferPermissions(false, false, false, false);
}
