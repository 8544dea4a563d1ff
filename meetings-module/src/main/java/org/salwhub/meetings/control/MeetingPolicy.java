package org.salwhub.meetings.control;

import java.time.LocalDate;
import java.util.UUID;
import org.salwhub.meetings.api.AccessLevel;
import org.salwhub.meetings.api.MeetingPermissions;
import org.salwhub.meetings.api.MeetingStatus;
import org.salwhub.meetings.api.MeetingView;
import org.salwhub.meetings.api.NewRegistration;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.Role;
import org.salwhub.registry.api.kernel.ValidationException;

/**
 * Who may do what with meetings. The boundary enforces these rules, and the {@link MeetingPermissions} it puts on
 * the meetings it returns are computed from the same ones, so that what a page shows cannot drift from what the
 * boundary allows.
 */
public final class MeetingPolicy {

    private MeetingPolicy() {
    }

    /** Meetings are the network's: anyone else (nobody signed in, a fellow only) is refused. */
    public static Caller requireMember(Caller caller) {
        return caller.requireNetworkMember("sign in first");
    }

    /** Drafts are staff's only; everyone else sees published meetings. */
    public static boolean maySee(Caller caller, MeetingStatus status) {
        return caller.isStaff() || status.isPublished();
    }

    /** Whether the caller reads a document of this access level ({@code participant}: their State or organisation is invited or registered). */
    public static boolean mayRead(AccessLevel access, Caller caller, boolean participant) {
        return switch (access) {
            case PUBLIC, NETWORK -> true;
            case PARTICIPANTS -> caller.isStaff() || participant;
            case STAFF -> caller.isStaff();
        };
    }

    /** Staff, the registrant's State's focal point or the registrant's organisation's representative. */
    public static boolean actsForRegistrant(Caller caller, UUID state, UUID organisation) {
        return caller.isStaff() || (state != null && caller.mayActForState(state))
                || (organisation != null && caller.mayActForOrganisation(organisation));
    }

    /** The owner of a follow-up action (its State's focal point or its organisation's representative) or staff. */
    public static boolean ownsFollowUp(Caller caller, UUID ownerState, UUID ownerOrganisation) {
        return (ownerState != null && caller.mayActForState(ownerState))
                || (ownerOrganisation != null && caller.mayActForOrganisation(ownerOrganisation));
    }

    /**
     * Refuses a registration the caller may not make: a State's delegates by its focal point, an organisation's
     * participants by its representative, experts and observers by staff (staff may register anyone).
     */
    public static void checkMayRegister(NewRegistration r, Caller caller) {
        switch (r.category()) {
            case STATE_DELEGATE -> {
                if (r.state() == null) {
                    throw new ValidationException("state", "required");
                }
                if (!caller.mayActForState(r.state())) {
                    throw new AccessDeniedException("only this State's focal point registers its delegation");
                }
            }
            case IGO, NGO -> {
                if (r.organisation() == null) {
                    throw new ValidationException("organisation", "required");
                }
                if (!caller.mayActForOrganisation(r.organisation())) {
                    throw new AccessDeniedException("only this organisation's representative registers for it");
                }
            }
            case EXPERT, OBSERVER -> {
                if (!caller.isStaff()) {
                    throw new AccessDeniedException("experts and observers are registered by staff");
                }
            }
        }
    }

    /**
     * Whether registration is open to the caller on {@code today} (in the meeting's zone): staff register until the
     * meeting is cancelled, concluded or its outcome published; others while it is open for registration and its
     * registration deadline has not passed.
     */
    public static boolean registrationOpen(Caller caller, MeetingStatus status, LocalDate deadline, LocalDate today) {
        if (caller.isStaff()) {
            return status != MeetingStatus.CANCELLED && status != MeetingStatus.CONCLUDED
                    && status != MeetingStatus.OUTCOME_PUBLISHED;
        }
        return status == MeetingStatus.REGISTRATION_OPEN && (deadline == null || !today.isAfter(deadline));
    }

    /** Refuses a registration when registration is closed to the caller ({@link #registrationOpen}). */
    public static void checkRegistrationOpen(Caller caller, MeetingStatus status, LocalDate deadline,
                                             LocalDate today) {
        if (!registrationOpen(caller, status, deadline, today)) {
            throw new ValidationException("meeting", "meetings.registration.closed");
        }
    }

    /** The State whose delegation the caller registers: a focal point's own State (null for anyone else). */
    public static UUID ownState(Caller caller) {
        return caller.has(Role.FOCAL_POINT) ? caller.stateId() : null;
    }

    /** What the caller may do with the meeting on {@code today} (the day in the meeting's zone). */
    public static MeetingPermissions forMeeting(Caller caller, MeetingView meeting, LocalDate today) {
        boolean staff = caller.isStaff();
        return new MeetingPermissions(staff, staff || caller.has(Role.FOCAL_POINT),
                caller.isNetworkMember() && registrationOpen(caller, meeting.status(),
                        meeting.details().registrationDeadline(), today),
                ownState(caller));
    }
}
