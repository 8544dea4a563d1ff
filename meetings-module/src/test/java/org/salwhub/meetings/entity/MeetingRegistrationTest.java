package org.salwhub.meetings.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.salwhub.meetings.api.DelegationRole;
import org.salwhub.meetings.api.MeetingDetails;
import org.salwhub.meetings.api.MeetingId;
import org.salwhub.meetings.api.MeetingType;
import org.salwhub.meetings.api.NewRegistration;
import org.salwhub.meetings.api.ParticipantCategory;
import org.salwhub.meetings.api.RegistrationId;
import org.salwhub.meetings.api.RegistrationStatus;
import org.salwhub.registry.api.kernel.LocalizedText;
import org.salwhub.registry.api.kernel.ValidationException;

/** The rules of registering for a meeting, which the meeting itself enforces. */
class MeetingRegistrationTest {

    static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
    static final UUID UGANDA = UUID.randomUUID();
    static final UUID KENYA = UUID.randomUUID();

    final List<Registration> existing = new ArrayList<>();

    static Meeting meeting(Integer capacity) {
        return new Meeting(new MeetingId(UUID.randomUUID()), new MeetingDetails(MeetingType.WORKSHOP,
                new LocalizedText("Workshop", null, null), null, null, LocalDateTime.of(2027, 4, 5, 10, 0),
                LocalDateTime.of(2027, 4, 6, 17, 0), "Africa/Nairobi", null, "Nairobi", null, null, List.of("en"),
                false, null, null, null, null, null, capacity, List.of(), null), NOW);
    }

    static NewRegistration delegate(Meeting meeting, UUID person, UUID state, DelegationRole role) {
        return new NewRegistration(MeetingId.of(meeting.id()), person, ParticipantCategory.STATE_DELEGATE, state,
                null, role, true, false, null);
    }

    Registration register(Meeting meeting, NewRegistration r) {
        Registration registration = meeting.register(new RegistrationId(UUID.randomUUID()), r, existing, "fp", NOW);
        existing.add(registration);
        return registration;
    }

    static String code(ValidationException e) {
        return e.errors().get(0).field() + ":" + e.errors().get(0).code();
    }

    @Test
    void aPersonHoldsOnePlaceAtMost() {
        Meeting meeting = meeting(null);
        UUID grace = UUID.randomUUID();
        Registration first = register(meeting, delegate(meeting, grace, UGANDA, DelegationRole.MEMBER));
        assertEquals(RegistrationStatus.PENDING, first.status());
        ValidationException twice = assertThrows(ValidationException.class,
                () -> register(meeting, delegate(meeting, grace, UGANDA, DelegationRole.MEMBER)));
        assertEquals("person:meetings.registration.duplicate", code(twice));
        first.withdraw();
        assertEquals(RegistrationStatus.PENDING,
                register(meeting, delegate(meeting, grace, UGANDA, DelegationRole.MEMBER)).status());
    }

    @Test
    void oneHeadPerDelegation() {
        Meeting meeting = meeting(null);
        Registration head = register(meeting, delegate(meeting, UUID.randomUUID(), UGANDA, DelegationRole.HEAD));
        ValidationException second = assertThrows(ValidationException.class,
                () -> register(meeting, delegate(meeting, UUID.randomUUID(), UGANDA, DelegationRole.HEAD)));
        assertEquals("role:meetings.registration.headExists", code(second));
        // another State's delegation has a head of its own
        register(meeting, delegate(meeting, UUID.randomUUID(), KENYA, DelegationRole.HEAD));
        // a rejected head leaves the place free
        head.reject("not accredited");
        register(meeting, delegate(meeting, UUID.randomUUID(), UGANDA, DelegationRole.HEAD));
    }

    @Test
    void onlyStateDelegatesHeadADelegation() {
        Meeting meeting = meeting(null);
        NewRegistration expert = new NewRegistration(MeetingId.of(meeting.id()), UUID.randomUUID(),
                ParticipantCategory.EXPERT, null, null, DelegationRole.HEAD, true, false, null);
        assertEquals("role:meetings.registration.headOnlyDelegates",
                code(assertThrows(ValidationException.class, () -> register(meeting, expert))));
    }

    @Test
    void aSponsorshipRequestGivesItsReason() {
        Meeting meeting = meeting(null);
        NewRegistration noReason = new NewRegistration(MeetingId.of(meeting.id()), UUID.randomUUID(),
                ParticipantCategory.STATE_DELEGATE, UGANDA, null, DelegationRole.MEMBER, true, true, " ");
        assertEquals("sponsorshipReason:required",
                code(assertThrows(ValidationException.class, () -> register(meeting, noReason))));
    }

    @Test
    void beyondTheCapacityRegistrationsWait() {
        Meeting meeting = meeting(2);
        register(meeting, delegate(meeting, UUID.randomUUID(), UGANDA, DelegationRole.MEMBER));
        Registration second = register(meeting, delegate(meeting, UUID.randomUUID(), UGANDA, DelegationRole.MEMBER));
        Registration third = register(meeting, delegate(meeting, UUID.randomUUID(), KENYA, DelegationRole.MEMBER));
        assertEquals(RegistrationStatus.PENDING, second.status());
        assertEquals(RegistrationStatus.WAITLISTED, third.status());
        // a waitlisted person still holds their place: they cannot register again
        assertThrows(ValidationException.class,
                () -> register(meeting, delegate(meeting, UUID.fromString(third.personId()), KENYA,
                        DelegationRole.MEMBER)));
        second.withdraw();
        assertEquals(RegistrationStatus.PENDING,
                register(meeting, delegate(meeting, UUID.randomUUID(), KENYA, DelegationRole.MEMBER)).status());
    }
}
