package org.salwhub.assistance.control;

import java.util.Set;
import java.util.UUID;
import org.salwhub.assistance.api.FilingPermissions;
import org.salwhub.assistance.api.MatchPermissions;
import org.salwhub.assistance.api.MatchStatus;
import org.salwhub.assistance.api.MatchView;
import org.salwhub.assistance.api.NeedPermissions;
import org.salwhub.assistance.api.NeedStatus;
import org.salwhub.assistance.api.NeedView;
import org.salwhub.assistance.api.OfferPermissions;
import org.salwhub.assistance.api.OfferStatus;
import org.salwhub.assistance.api.OfferView;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.Role;

/**
 * Who may do what with needs, offers and matches. The assistance boundary enforces these rules, and the permissions
 * it puts on the views it returns ({@link NeedPermissions}, {@link OfferPermissions}, {@link MatchPermissions},
 * {@link FilingPermissions}) are computed from the same ones, so that what a page shows cannot drift from what the
 * boundary allows.
 */
public final class AssistancePolicy {

    /** Where a need no longer goes back to its State: matched, in a project, or closed. */
    private static final Set<NeedStatus> NOT_WITHDRAWN = Set.of(NeedStatus.MATCHED, NeedStatus.IN_PROJECT,
            NeedStatus.FULFILLED, NeedStatus.WITHDRAWN, NeedStatus.EXPIRED);

    private AssistancePolicy() {
    }

    /** Assistance is for network members: anyone else is refused. */
    public static Caller requireMember(Caller caller) {
        return caller.requireNetworkMember("assistance is for network members");
    }

    // ------------------------------------------------------------------ needs

    /** Staff, or the State's focal point: files the State's needs and changes them. */
    public static boolean actsForState(Caller caller, UUID state) {
        return caller.mayActForState(state);
    }

    /** Staff see every need; the State's focal points all of their own, whatever its status or confidentiality. */
    public static boolean seesEveryNeedOf(Caller caller, UUID state) {
        return caller.isStaff() || (caller.has(Role.FOCAL_POINT) && caller.mayActForState(state));
    }

    /** A need is changed while a draft or returned; by staff also while submitted or validated. */
    public static boolean mayEditIn(Caller caller, NeedStatus status) {
        return status.isEditableByOwner() || (caller.isStaff()
                && (status == NeedStatus.SUBMITTED || status == NeedStatus.VALIDATED));
    }

    /** What the caller may do with a need now. */
    public static NeedPermissions forNeed(Caller caller, NeedView need) {
        boolean owner = actsForState(caller, need.stateId());
        boolean staff = caller.isStaff();
        NeedStatus status = need.status();
        return new NeedPermissions(owner && mayEditIn(caller, status), owner && status.isEditableByOwner(),
                staff && status == NeedStatus.SUBMITTED, staff && status == NeedStatus.VALIDATED,
                owner && !NOT_WITHDRAWN.contains(status),
                staff && (status == NeedStatus.MATCHED || status == NeedStatus.PARTIALLY_MATCHED),
                staff && status == NeedStatus.IN_PROJECT, staff && NeedStatus.MATCHABLE.contains(status));
    }

    // ------------------------------------------------------------------ offers

    /** Staff, or a donor of the organisation: files the organisation's offers and changes them. */
    public static boolean actsForOrganisation(Caller caller, UUID organisation) {
        return caller.mayActForOrganisation(organisation);
    }

    /** Staff, or the offering donor: propose matches of the offer. */
    public static boolean mayPropose(Caller caller, UUID organisation) {
        return caller.isStaff() || isDonor(caller, organisation);
    }

    /** What the caller may do with an offer now. */
    public static OfferPermissions forOffer(Caller caller, OfferView offer) {
        boolean manage = mayPropose(caller, offer.organisationId());
        boolean editable = manage && offer.status().isEditable();
        return new OfferPermissions(manage, editable, manage && offer.status() == OfferStatus.DRAFT, editable);
    }

    // ------------------------------------------------------------------ matches

    /** The recipient State's own focal point (staff do not accept on a State's behalf). */
    public static boolean isRecipient(Caller caller, UUID state) {
        return caller.isFocalPointOf(state);
    }

    /** A donor of the offering organisation. */
    public static boolean isDonor(Caller caller, UUID organisation) {
        return caller.has(Role.DONOR) && caller.mayActForOrganisation(organisation);
    }

    /** Staff, the recipient State's focal points and the offering donors: see a match, and decline it. */
    public static boolean isParty(Caller caller, UUID state, UUID organisation) {
        return caller.isStaff() || (caller.has(Role.FOCAL_POINT) && caller.mayActForState(state))
                || isDonor(caller, organisation);
    }

    /** What the caller may do with a match now. */
    public static MatchPermissions forMatch(Caller caller, MatchView match) {
        MatchStatus status = match.status();
        return new MatchPermissions(status == MatchStatus.PROPOSED && isRecipient(caller, match.stateId()),
                status == MatchStatus.RECIPIENT_ACCEPTED && isDonor(caller, match.organisationId()),
                status == MatchStatus.DONOR_ACCEPTED && caller.isStaff(),
                status.isPending() && isParty(caller, match.stateId(), match.organisationId()));
    }

    // ------------------------------------------------------------------ filing

    /** What the caller files new needs and offers for. */
    public static FilingPermissions filing(Caller caller) {
        return new FilingPermissions(caller.isStaff() ? null : caller.stateId(), caller.organisationId(),
                caller.isStaff());
    }
}
