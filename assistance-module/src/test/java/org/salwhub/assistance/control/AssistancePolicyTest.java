package org.salwhub.assistance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.salwhub.assistance.api.FilingPermissions;
import org.salwhub.assistance.api.MatchId;
import org.salwhub.assistance.api.MatchPermissions;
import org.salwhub.assistance.api.MatchStatus;
import org.salwhub.assistance.api.MatchView;
import org.salwhub.assistance.api.NeedId;
import org.salwhub.assistance.api.NeedPermissions;
import org.salwhub.assistance.api.NeedStatus;
import org.salwhub.assistance.api.NeedView;
import org.salwhub.assistance.api.OfferId;
import org.salwhub.assistance.api.OfferPermissions;
import org.salwhub.assistance.api.OfferStatus;
import org.salwhub.assistance.api.OfferView;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.Role;

/** Who may do what with needs, offers and matches, as the views carry it and the boundary enforces it. */
class AssistancePolicyTest {

    static final UUID KENYA = UUID.randomUUID();
    static final UUID SUDAN = UUID.randomUUID();
    static final UUID EU = UUID.randomUUID();
    static final UUID JAPAN = UUID.randomUUID();

    static final Caller STAFF = new Caller("staff", Set.of(Role.CENTRE_STAFF), null, null);
    static final Caller ADMIN = new Caller("admin", Set.of(Role.ADMIN), null, null);
    static final Caller KENYA_FP = new Caller("fp.ke", Set.of(Role.FOCAL_POINT), KENYA, null);
    static final Caller SUDAN_FP = new Caller("fp.sd", Set.of(Role.FOCAL_POINT), SUDAN, null);
    static final Caller EU_DONOR = new Caller("donor.eu", Set.of(Role.DONOR), null, EU);
    static final Caller JAPAN_DONOR = new Caller("donor.jp", Set.of(Role.DONOR), null, JAPAN);
    static final Caller REVIEWER = new Caller("rev", Set.of(Role.REVIEWER), null, null);
    static final Caller FELLOW = new Caller("fellow", Set.of(Role.FELLOW), null, null, UUID.randomUUID());

    static NeedView need(UUID state, NeedStatus status) {
        return new NeedView(NeedId.random(), state, "Marking machines", null, Set.of(), Set.of(), List.of(), null,
                "USD", null, null, null, null, null, null, null, null, null, null, Set.of(), null, null, null, status,
                null, "fp.ke", Instant.EPOCH, null, null, 0, List.of());
    }

    static OfferView offer(UUID organisation, OfferStatus status) {
        return new OfferView(OfferId.random(), organisation, "Machines", null, Set.of(), Set.of(), List.of(), null,
                "EUR", null, null, null, Set.of(), null, Set.of(), Set.of(), null, status, "donor.eu", Instant.EPOCH,
                null, 0);
    }

    static MatchView match(MatchStatus status) {
        return new MatchView(MatchId.random(), NeedId.random(), "Marking machines", KENYA, OfferId.random(),
                "Machines", EU, status, 0.8, List.of(), null, "EUR", null, "staff", Instant.EPOCH, null, null, null,
                null, null, null, null, null, null, 0, List.of());
    }

    @Test
    void assistanceIsForNetworkMembersOnly() {
        assertThrows(AccessDeniedException.class, () -> AssistancePolicy.requireMember(Caller.ANONYMOUS));
        assertThrows(AccessDeniedException.class, () -> AssistancePolicy.requireMember(FELLOW));
        assertSame(REVIEWER, AssistancePolicy.requireMember(REVIEWER));
        assertSame(EU_DONOR, AssistancePolicy.requireMember(EU_DONOR));
    }

    @Test
    void theStateFilesAndFollowsItsOwnNeedsAndStaffMoveThemOn() {
        assertEquals(new NeedPermissions(true, true, false, false, true, false, false, false),
                AssistancePolicy.forNeed(KENYA_FP, need(KENYA, NeedStatus.DRAFT)));
        assertEquals(new NeedPermissions(true, true, false, false, true, false, false, false),
                AssistancePolicy.forNeed(KENYA_FP, need(KENYA, NeedStatus.RETURNED)));
        assertEquals(new NeedPermissions(false, false, false, false, true, false, false, false),
                AssistancePolicy.forNeed(KENYA_FP, need(KENYA, NeedStatus.SUBMITTED)), "submitted: staff edit");
        assertEquals(NeedPermissions.NONE, AssistancePolicy.forNeed(SUDAN_FP, need(KENYA, NeedStatus.DRAFT)));
        assertEquals(new NeedPermissions(true, false, true, false, true, false, false, false),
                AssistancePolicy.forNeed(STAFF, need(KENYA, NeedStatus.SUBMITTED)));
        assertEquals(new NeedPermissions(true, false, false, true, true, false, false, false),
                AssistancePolicy.forNeed(ADMIN, need(KENYA, NeedStatus.VALIDATED)));
        assertEquals(new NeedPermissions(false, false, false, false, true, false, false, true),
                AssistancePolicy.forNeed(STAFF, need(KENYA, NeedStatus.PUBLISHED)));
        assertEquals(new NeedPermissions(false, false, false, false, true, true, false, true),
                AssistancePolicy.forNeed(STAFF, need(KENYA, NeedStatus.PARTIALLY_MATCHED)));
        assertEquals(new NeedPermissions(false, false, false, false, false, true, false, false),
                AssistancePolicy.forNeed(STAFF, need(KENYA, NeedStatus.MATCHED)));
        assertEquals(new NeedPermissions(false, false, false, false, false, false, true, false),
                AssistancePolicy.forNeed(STAFF, need(KENYA, NeedStatus.IN_PROJECT)));
        for (NeedStatus status : NeedStatus.values()) {
            assertEquals(NeedPermissions.NONE, AssistancePolicy.forNeed(EU_DONOR, need(KENYA, status)), "donor");
            assertEquals(NeedPermissions.NONE, AssistancePolicy.forNeed(REVIEWER, need(KENYA, status)), "reviewer");
        }
        Set<NeedStatus> withdrawable = EnumSet.of(NeedStatus.DRAFT, NeedStatus.SUBMITTED, NeedStatus.RETURNED,
                NeedStatus.VALIDATED, NeedStatus.PUBLISHED, NeedStatus.PARTIALLY_MATCHED);
        for (NeedStatus status : NeedStatus.values()) {
            assertEquals(withdrawable.contains(status),
                    AssistancePolicy.forNeed(KENYA_FP, need(KENYA, status)).withdraw(), status.name());
        }
    }

    @Test
    void staffAlsoEditSubmittedAndValidatedNeeds() {
        for (NeedStatus status : NeedStatus.values()) {
            boolean owner = status == NeedStatus.DRAFT || status == NeedStatus.RETURNED;
            assertEquals(owner, AssistancePolicy.mayEditIn(KENYA_FP, status), status.name());
            assertEquals(owner || status == NeedStatus.SUBMITTED || status == NeedStatus.VALIDATED,
                    AssistancePolicy.mayEditIn(STAFF, status), status.name());
        }
        assertTrue(AssistancePolicy.actsForState(KENYA_FP, KENYA));
        assertFalse(AssistancePolicy.actsForState(KENYA_FP, SUDAN));
        assertTrue(AssistancePolicy.actsForState(STAFF, SUDAN));
        assertTrue(AssistancePolicy.seesEveryNeedOf(KENYA_FP, KENYA));
        assertFalse(AssistancePolicy.seesEveryNeedOf(SUDAN_FP, KENYA));
        assertFalse(AssistancePolicy.seesEveryNeedOf(EU_DONOR, KENYA));
    }

    @Test
    void theOfferingDonorAndStaffManageAnOffer() {
        assertEquals(new OfferPermissions(true, true, true, true),
                AssistancePolicy.forOffer(EU_DONOR, offer(EU, OfferStatus.DRAFT)));
        assertEquals(new OfferPermissions(true, true, false, true),
                AssistancePolicy.forOffer(EU_DONOR, offer(EU, OfferStatus.PARTIALLY_COMMITTED)));
        assertEquals(new OfferPermissions(true, false, false, false),
                AssistancePolicy.forOffer(EU_DONOR, offer(EU, OfferStatus.FULLY_COMMITTED)));
        assertEquals(new OfferPermissions(true, true, false, true),
                AssistancePolicy.forOffer(STAFF, offer(EU, OfferStatus.PUBLISHED)));
        for (OfferStatus status : OfferStatus.values()) {
            assertEquals(OfferPermissions.NONE, AssistancePolicy.forOffer(JAPAN_DONOR, offer(EU, status)));
            assertEquals(OfferPermissions.NONE, AssistancePolicy.forOffer(KENYA_FP, offer(EU, status)));
        }
        Caller unboundDonor = new Caller("donor.x", Set.of(Role.DONOR), null, null);
        assertFalse(AssistancePolicy.mayPropose(unboundDonor, EU));
        assertTrue(AssistancePolicy.mayPropose(STAFF, EU));
        assertFalse(AssistancePolicy.actsForOrganisation(new Caller("fp", Set.of(Role.FOCAL_POINT), KENYA, EU), EU),
                "an organisation without the donor role does not count");
    }

    @Test
    void consentOnBothSidesThenStaffConfirm() {
        assertEquals(new MatchPermissions(true, false, false, true),
                AssistancePolicy.forMatch(KENYA_FP, match(MatchStatus.PROPOSED)));
        assertEquals(new MatchPermissions(false, false, false, true),
                AssistancePolicy.forMatch(STAFF, match(MatchStatus.PROPOSED)), "staff do not accept for a State");
        assertEquals(new MatchPermissions(false, false, false, true),
                AssistancePolicy.forMatch(EU_DONOR, match(MatchStatus.PROPOSED)));
        assertEquals(new MatchPermissions(false, true, false, true),
                AssistancePolicy.forMatch(EU_DONOR, match(MatchStatus.RECIPIENT_ACCEPTED)));
        assertEquals(new MatchPermissions(false, false, false, true),
                AssistancePolicy.forMatch(STAFF, match(MatchStatus.RECIPIENT_ACCEPTED)), "nor for a donor");
        assertEquals(new MatchPermissions(false, false, true, true),
                AssistancePolicy.forMatch(STAFF, match(MatchStatus.DONOR_ACCEPTED)));
        assertEquals(new MatchPermissions(false, false, false, true),
                AssistancePolicy.forMatch(KENYA_FP, match(MatchStatus.DONOR_ACCEPTED)));
        for (MatchStatus status : MatchStatus.values()) {
            assertEquals(MatchPermissions.NONE, AssistancePolicy.forMatch(SUDAN_FP, match(status)), "not a party");
            assertEquals(MatchPermissions.NONE, AssistancePolicy.forMatch(JAPAN_DONOR, match(status)));
            if (!status.isPending()) {
                assertEquals(MatchPermissions.NONE, AssistancePolicy.forMatch(STAFF, match(status)), "closed");
            }
        }
        assertTrue(AssistancePolicy.isParty(KENYA_FP, KENYA, EU));
        assertTrue(AssistancePolicy.isParty(EU_DONOR, KENYA, EU));
        assertFalse(AssistancePolicy.isParty(REVIEWER, KENYA, EU));
        assertFalse(AssistancePolicy.isRecipient(STAFF, KENYA));
        assertFalse(AssistancePolicy.isDonor(STAFF, EU));
    }

    @Test
    void aFocalPointFilesForTheirStateADonorForTheirOrganisationAndStaffChoose() {
        assertEquals(new FilingPermissions(KENYA, null, false), AssistancePolicy.filing(KENYA_FP));
        assertEquals(new FilingPermissions(null, EU, false), AssistancePolicy.filing(EU_DONOR));
        FilingPermissions staff = AssistancePolicy.filing(new Caller("s", Set.of(Role.CENTRE_STAFF), KENYA, null));
        assertNull(staff.state(), "staff file for any State");
        assertTrue(staff.chooseOrganisation());
    }
}
