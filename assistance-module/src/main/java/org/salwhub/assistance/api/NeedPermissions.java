package org.salwhub.assistance.api;

import java.io.Serializable;

/**
 * What the reader of a need may do with it now, decided by the assistance module from the rules its boundary
 * enforces:
 * <ul>
 *   <li>{@code edit}: change it (the State's focal point or staff while a draft or returned; staff also while
 *       submitted or validated);</li>
 *   <li>{@code submit}: submit it for review (the State's focal point or staff, a draft or returned need);</li>
 *   <li>{@code review}: validate it, or return it with a comment (staff, once submitted);</li>
 *   <li>{@code publish}: publish it to the network (staff, once validated);</li>
 *   <li>{@code withdraw}: withdraw it (the State's focal point or staff, before it is matched, in a project or
 *       closed);</li>
 *   <li>{@code startProject} and {@code fulfil}: move a matched need into a project, and a need in a project to
 *       fulfilled (staff);</li>
 *   <li>{@code match}: look for offers and propose matches from the need's page (staff, while open to matching).</li>
 * </ul>
 */
public record NeedPermissions(boolean edit, boolean submit, boolean review, boolean publish, boolean withdraw,
                              boolean startProject, boolean fulfil, boolean match) implements Serializable {

    /** Nothing: for a need seen outside a caller's request. */
    public static final NeedPermissions NONE = new NeedPermissions(false, false, false, false, false, false, false,
            false);
}
