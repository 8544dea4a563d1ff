package org.salwhub.meetings.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.salwhub.meetings.api.AccessLevel;
import org.salwhub.meetings.api.DelegationRole;
import org.salwhub.meetings.api.MeetingDetails;
import org.salwhub.meetings.api.MeetingId;
import org.salwhub.meetings.api.MeetingPermissions;
import org.salwhub.meetings.api.MeetingStatus;
import org.salwhub.meetings.api.MeetingType;
import org.salwhub.meetings.api.MeetingView;
import org.salwhub.meetings.api.NewRegistration;
import org.salwhub.meetings.api.ParticipantCategory;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.LocalizedText;
import org.salwhub.registry.api.kernel.Role;
import org.salwhub.registry.api.kernel.ValidationException;

/** Who may do what with meetings, as the views carry it and the boundary enforces it. */
class MeetingPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    static final UUID UGANDA = UUID.randomUUID();
    static final UUID KENYA = UUID.randomUUID();
    static final UUID DONOR_ORG = UUID.randomUUID();

    static final Caller STAFF = new Caller("staff", Set.of(Role.CENTRE_STAFF), null, null);
    static final Caller ADMIN = new Caller("admin", Set.of(Role.ADMIN), null, null);
    static final Caller UGANDA_FP = new Caller("fp.ug", Set.of(Role.FOCAL_POINT), UGANDA, null);
    static final Caller DONOR = new Caller("donor", Set.of(Role.DONOR), null, DONOR_ORG);
    static final Caller FELLOW = new Caller("fellow", Set.of(Role.FELLOW), null, null, UUID.randomUUID());

    static MeetingView meeting(MeetingStatus status, LocalDate registrationDeadline) {
        MeetingDetails details = new MeetingDetails(MeetingType.WORKSHOP, new LocalizedText("Meeting", null,
                null), null, null, LocalDateTime.of(2027, 4, 5, 10, 0), LocalDateTime.of(2027, 4, 6, 17, 0),
                "Africa/Nairobi", null, "Nairobi", null, null, List.of("en"), false, null, null, null,
                registrationDeadline, null, null, List.of(), null);
        return new MeetingView(new MeetingId(UUID.randomUUID()), details, status, null, Instant.EPOCH, Instant.EPOCH,
                0, Instant.EPOCH, 0);
    }

    @Test
    void staffManageEveryMeetingAndActForEveryDelegation() {
        MeetingPermissions may = MeetingPolicy.forMeeting(STAFF, meeting(MeetingStatus.ANNOUNCED, null), TODAY);
        assertTrue(may.manage());
        assertTrue(may.delegations());
        assertTrue(may.actsFor(UGANDA));
        assertTrue(may.actsFor(KENYA));
        assertFalse(may.actsFor(null));
        assertNull(may.ownState());
        assertTrue(MeetingPolicy.forMeeting(ADMIN, meeting(MeetingStatus.ANNOUNCED, null), TODAY).manage());
    }

    @Test
    void aFocalPointActsForTheirOwnStatesDelegationOnly() {
        MeetingPermissions may = MeetingPolicy.forMeeting(UGANDA_FP, meeting(MeetingStatus.REGISTRATION_OPEN, null),
                TODAY);
        assertFalse(may.manage());
        assertTrue(may.delegations());
        assertEquals(UGANDA, may.ownState());
        assertTrue(may.actsFor(UGANDA));
        assertFalse(may.actsFor(KENYA));
    }

    @Test
    void donorsAndFellowsHaveNoDelegationToRegister() {
        MeetingPermissions donor = MeetingPolicy.forMeeting(DONOR, meeting(MeetingStatus.REGISTRATION_OPEN, null),
                TODAY);
        assertFalse(donor.manage());
        assertFalse(donor.delegations());
        assertFalse(donor.actsFor(UGANDA));
        MeetingPermissions fellow = MeetingPolicy.forMeeting(FELLOW, meeting(MeetingStatus.REGISTRATION_OPEN, null),
                TODAY);
        assertEquals(MeetingPermissions.NONE, fellow);
    }

    @Test
    void othersRegisterOnlyWhileRegistrationIsOpenAndBeforeTheDeadline() {
        assertTrue(MeetingPolicy.forMeeting(UGANDA_FP, meeting(MeetingStatus.REGISTRATION_OPEN, TODAY), TODAY)
                .register());
        assertFalse(MeetingPolicy.forMeeting(UGANDA_FP, meeting(MeetingStatus.REGISTRATION_OPEN, TODAY.minusDays(1)),
                TODAY).register());
        assertFalse(MeetingPolicy.forMeeting(UGANDA_FP, meeting(MeetingStatus.ANNOUNCED, null), TODAY).register());
        ValidationException closed = assertThrows(ValidationException.class, () -> MeetingPolicy
                .checkRegistrationOpen(UGANDA_FP, MeetingStatus.REGISTRATION_OPEN, TODAY.minusDays(1), TODAY));
        assertEquals("meetings.registration.closed", closed.errors().get(0).code());
    }

    @Test
    void staffRegisterUntilTheMeetingIsOver() {
        for (MeetingStatus status : MeetingStatus.values()) {
            boolean over = status == MeetingStatus.CANCELLED || status == MeetingStatus.CONCLUDED
                    || status == MeetingStatus.OUTCOME_PUBLISHED;
            assertEquals(!over, MeetingPolicy.forMeeting(STAFF, meeting(status, TODAY.minusDays(30)), TODAY)
                    .register(), status.name());
            assertEquals(!over, MeetingPolicy.registrationOpen(STAFF, status, TODAY.minusDays(30), TODAY));
        }
    }

    @Test
    void onlyNetworkMembersGetIn() {
        assertThrows(AccessDeniedException.class, () -> MeetingPolicy.requireMember(Caller.ANONYMOUS));
        assertThrows(AccessDeniedException.class, () -> MeetingPolicy.requireMember(FELLOW));
        assertEquals(DONOR, MeetingPolicy.requireMember(DONOR));
    }

    @Test
    void draftsAreStaffsOnly() {
        assertTrue(MeetingPolicy.maySee(STAFF, MeetingStatus.DRAFT));
        assertFalse(MeetingPolicy.maySee(UGANDA_FP, MeetingStatus.DRAFT));
        assertTrue(MeetingPolicy.maySee(UGANDA_FP, MeetingStatus.ANNOUNCED));
    }

    @Test
    void documentsByAccessLevel() {
        assertTrue(MeetingPolicy.mayRead(AccessLevel.NETWORK, DONOR, false));
        assertFalse(MeetingPolicy.mayRead(AccessLevel.PARTICIPANTS, DONOR, false));
        assertTrue(MeetingPolicy.mayRead(AccessLevel.PARTICIPANTS, DONOR, true));
        assertTrue(MeetingPolicy.mayRead(AccessLevel.PARTICIPANTS, STAFF, false));
        assertFalse(MeetingPolicy.mayRead(AccessLevel.STAFF, UGANDA_FP, true));
        assertTrue(MeetingPolicy.mayRead(AccessLevel.STAFF, STAFF, false));
    }

    @Test
    void whoRegistersWhom() {
        NewRegistration ugandan = new NewRegistration(new MeetingId(UUID.randomUUID()), UUID.randomUUID(),
                ParticipantCategory.STATE_DELEGATE, UGANDA, null, DelegationRole.MEMBER, true, false, null);
        NewRegistration kenyan = new NewRegistration(ugandan.meeting(), UUID.randomUUID(),
                ParticipantCategory.STATE_DELEGATE, KENYA, null, DelegationRole.MEMBER, true, false, null);
        NewRegistration expert = new NewRegistration(ugandan.meeting(), UUID.randomUUID(),
                ParticipantCategory.EXPERT, null, null, DelegationRole.MEMBER, true, false, null);
        NewRegistration ngo = new NewRegistration(ugandan.meeting(), UUID.randomUUID(), ParticipantCategory.NGO,
                null, DONOR_ORG, DelegationRole.MEMBER, true, false, null);
        assertDoesNotThrow(() -> MeetingPolicy.checkMayRegister(ugandan, UGANDA_FP));
        assertThrows(AccessDeniedException.class, () -> MeetingPolicy.checkMayRegister(kenyan, UGANDA_FP));
        assertThrows(AccessDeniedException.class, () -> MeetingPolicy.checkMayRegister(expert, UGANDA_FP));
        assertDoesNotThrow(() -> MeetingPolicy.checkMayRegister(expert, STAFF));
        assertDoesNotThrow(() -> MeetingPolicy.checkMayRegister(ngo, DONOR));
        assertThrows(AccessDeniedException.class, () -> MeetingPolicy.checkMayRegister(ngo, UGANDA_FP));
    }

    @Test
    void registrantsAndFollowUpOwners() {
        assertTrue(MeetingPolicy.actsForRegistrant(UGANDA_FP, UGANDA, null));
        assertFalse(MeetingPolicy.actsForRegistrant(UGANDA_FP, KENYA, null));
        assertTrue(MeetingPolicy.actsForRegistrant(DONOR, null, DONOR_ORG));
        assertTrue(MeetingPolicy.actsForRegistrant(STAFF, null, null));
        assertTrue(MeetingPolicy.ownsFollowUp(UGANDA_FP, UGANDA, null));
        assertFalse(MeetingPolicy.ownsFollowUp(DONOR, UGANDA, null));
        assertTrue(MeetingPolicy.ownsFollowUp(STAFF, null, DONOR_ORG));
    }
}
