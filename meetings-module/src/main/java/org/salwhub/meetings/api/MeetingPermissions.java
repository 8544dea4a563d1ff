package org.salwhub.meetings.api;

import java.io.Serializable;
import java.util.UUID;

/**
 * What the reader of a meeting may do with it, decided by the meetings module from the rules its boundary enforces
 * ({@code MeetingPolicy}), so that pages and clients show only what will work:
 * <ul>
 *   <li>{@code manage}: run the meeting (staff): its status, every registration and its decision, sponsorships,
 *       conflicts, gender statistics, check-in, outcomes and follow-up actions, and every State's delegation;</li>
 *   <li>{@code delegations}: work with delegations at all (staff, and focal points for their own State);</li>
 *   <li>{@code register}: registration is open to the reader now (staff until the meeting is over; others while
 *       it is open for registration and its deadline has not passed);</li>
 *   <li>{@code ownState}: the State whose delegation a focal point registers (null for anyone else).</li>
 * </ul>
 */
public record MeetingPermissions(boolean manage, boolean delegations, boolean register, UUID ownState)
        implements Serializable {

    /** Nothing: for a meeting seen outside a caller's request. */
    public static final MeetingPermissions NONE = new MeetingPermissions(false, false, false, null);

    /** Whether the reader acts for {@code state}'s delegation: staff for every State, a focal point for theirs. */
    public boolean actsFor(UUID state) {
        return state != null && (manage || state.equals(ownState));
    }
}
