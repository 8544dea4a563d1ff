package org.salwhub.fellowship.api;

import java.io.Serializable;

/**
 * What the reader of a nomination may do with it now, decided by the fellowship module from the rules its boundary
 * enforces:
 * <ul>
 *   <li>{@code withdraw}: the State withdraws its nominee (its focal point or staff; before a decision, or from the
 *       waiting list);</li>
 *   <li>{@code decide}: select, waitlist or reject (staff; not once it was answered, withdrawn or rejected);</li>
 *   <li>{@code answerOffer}: accept or decline the open offer (the nominee, the State's focal point or staff).</li>
 * </ul>
 */
public record NominationPermissions(boolean withdraw, boolean decide, boolean answerOffer) implements Serializable {

    /** Nothing: for a nomination seen outside a caller's request. */
    public static final NominationPermissions NONE = new NominationPermissions(false, false, false);
}
