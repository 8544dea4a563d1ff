package org.salwhub.assistance.api;

import java.io.Serializable;

/**
 * What the reader of a match may do with it now, decided by the assistance module from the rules its boundary
 * enforces (consent on both sides):
 * <ul>
 *   <li>{@code acceptAsRecipient}: the recipient State's own focal point accepts a proposed match (not staff on its
 *       behalf);</li>
 *   <li>{@code acceptAsDonor}: the offering donor accepts once the recipient has;</li>
 *   <li>{@code confirm}: staff confirm once both parties accepted;</li>
 *   <li>{@code decline}: either party, or staff, decline or cancel a pending match.</li>
 * </ul>
 */
public record MatchPermissions(boolean acceptAsRecipient, boolean acceptAsDonor, boolean confirm, boolean decline)
        implements Serializable {

    /** Nothing: for a match seen outside a caller's request. */
    public static final MatchPermissions NONE = new MatchPermissions(false, false, false, false);
}
