package org.salwhub.fellowship.api;

import java.io.Serializable;

/**
 * What the reader of a call may do with it today, decided by the fellowship module from the rules its boundary
 * enforces, so that pages and clients show only what will work:
 * <ul>
 *   <li>{@code manage}: edit the call, follow all its nominations, and nominate for any State (staff);</li>
 *   <li>{@code move}: move it to its next status (staff, until it is completed);</li>
 *   <li>{@code assignReviewers}: assign reviewers (staff, while it is in review);</li>
 *   <li>{@code nominate}: nominate a candidate of their State (a focal point, while it accepts nominations);</li>
 *   <li>{@code openForNominations}: it accepts nominations today (the State's focal point or staff may nominate);</li>
 *   <li>{@code selection}: rank and decide (staff, from the review on);</li>
 *   <li>{@code cohort}: run the cohort (staff, from the selection on);</li>
 *   <li>{@code report}: read its report (staff, once it was opened).</li>
 * </ul>
 */
public record CallPermissions(boolean manage, boolean move, boolean assignReviewers, boolean nominate,
                              boolean openForNominations, boolean selection, boolean cohort, boolean report) implements Serializable {

    /** Nothing: for a call seen outside a caller's request. */
    public static final CallPermissions NONE = new CallPermissions(false, false, false, false, false, false, false,
            false);
}
