package org.salwhub.fellowship.control;

import java.time.LocalDate;
import java.util.UUID;
import org.salwhub.fellowship.api.CallPermissions;
import org.salwhub.fellowship.api.CallStatus;
import org.salwhub.fellowship.api.CallView;
import org.salwhub.fellowship.api.NominationPermissions;
import org.salwhub.fellowship.api.NominationStatus;
import org.salwhub.fellowship.api.NominationView;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.Role;

/**
 * Who may do what in the fellowship programme. The boundary enforces these rules, and the permissions it puts on
 * the views it returns ({@link CallPermissions}, {@link NominationPermissions}) are computed from the same ones, so
 * that what a page shows cannot drift from what the boundary allows.
 */
public final class FellowshipPolicy {

    private FellowshipPolicy() {
    }

    /** The fellowship programme is for signed-in users only: anyone else is refused. */
    public static Caller requireSignedIn(Caller caller) {
        return caller.requireSignedIn();
    }

    /** Scheduled work (lapsing offers, follow-up reminders): the system, or staff by hand. */
    public static void requireSystemOrStaff(Caller caller) {
        if (!caller.isSystem() && !caller.isStaff()) {
            throw new AccessDeniedException("system tasks: the system or staff");
        }
    }

    /** Staff create calls (and edit and move them on). */
    public static boolean mayCreateCalls(Caller caller) {
        return caller.isStaff();
    }

    /** Whether the caller is the nominee, signed in with their own FELLOW account. */
    public static boolean isNominee(Caller caller, PersonId nominee) {
        return nominee != null && caller.isFellowOf(nominee.value());
    }

    /** Staff and the nominating State's focal point act for a nomination (withdraw, see it whole). */
    public static boolean actsForState(Caller caller, UUID state) {
        return caller.mayActForState(state);
    }

    /** Staff, the State's focal point or the nominee: the application, the offer, the letters and the ledger. */
    public static boolean actsForNomination(Caller caller, UUID state, PersonId nominee) {
        return actsForState(caller, state) || isNominee(caller, nominee);
    }

    /** Only a reviewer reviews: their own assignments (staff read anyone's). */
    public static boolean isReviewer(Caller caller) {
        return caller.has(Role.REVIEWER);
    }

    /** A fellow who is nothing else sees only the calls they were nominated to. */
    public static boolean seesOnlyOwnCalls(Caller caller) {
        return caller.isOnlyFellow();
    }

    /** Drafts are staff's only; a fellow sees only the calls they were nominated to ({@code nominatedTo}). */
    public static boolean maySeeCall(Caller caller, CallStatus status, boolean nominatedTo) {
        return !(status == CallStatus.DRAFT && !caller.isStaff()) && !(seesOnlyOwnCalls(caller) && !nominatedTo);
    }

    /** The cohort of a call: staff, and focal points (their own State's fellows). */
    public static boolean maySeeCohort(Caller caller) {
        return caller.isStaff() || (caller.has(Role.FOCAL_POINT) && caller.stateId() != null);
    }

    /** What the caller may do with a call on {@code today}. */
    public static CallPermissions forCall(Caller caller, CallView call, LocalDate today) {
        boolean staff = caller.isStaff();
        CallStatus status = call.status();
        boolean open = call.acceptsNominations(today);
        return new CallPermissions(staff, staff && status.next() != null, staff && status == CallStatus.IN_REVIEW,
                caller.has(Role.FOCAL_POINT) && open, open,
                staff && status.ordinal() >= CallStatus.IN_REVIEW.ordinal(),
                staff && status.ordinal() >= CallStatus.SELECTION.ordinal(),
                staff && status.ordinal() >= CallStatus.OPEN.ordinal());
    }

    /** What the caller may do with a nomination now. */
    public static NominationPermissions forNomination(Caller caller, NominationView nomination) {
        NominationStatus status = nomination.status();
        boolean withdraw = actsForState(caller, nomination.stateId())
                && (status == NominationStatus.NOMINATED || status == NominationStatus.WAITLISTED);
        boolean decide = caller.isStaff() && (status == NominationStatus.NOMINATED
                || status == NominationStatus.WAITLISTED || status == NominationStatus.SELECTED);
        boolean answer = actsForNomination(caller, nomination.stateId(), nomination.personId())
                && status == NominationStatus.SELECTED;
        return new NominationPermissions(withdraw, decide, answer);
    }
}
