package org.salwhub.meetings.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.salwhub.meetings.api.ConflictView;
import org.salwhub.meetings.api.GenderStatistics;
import org.salwhub.meetings.api.MeetingId;
import org.salwhub.meetings.api.NewRegistration;
import org.salwhub.meetings.api.ParticipantCategory;
import org.salwhub.meetings.api.Participation;
import org.salwhub.meetings.api.Registered;
import org.salwhub.meetings.api.RegistrationId;
import org.salwhub.meetings.api.RegistrationStatus;
import org.salwhub.meetings.api.RegistrationView;
import org.salwhub.meetings.control.ConflictFinder;
import org.salwhub.meetings.control.MeetingPolicy;
import org.salwhub.meetings.entity.Meeting;
import org.salwhub.meetings.entity.Registration;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.directory.PersonView;
import org.salwhub.registry.api.directory.Sex;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.kernel.VersionConflictException;
import org.salwhub.registry.api.notify.Audience;
import org.salwhub.registry.api.notify.Notification;

/**
 * Registration for a meeting: registering (the rules of a registration live on {@link Meeting#register}), staff
 * deciding registrations and sponsorships, withdrawing (which frees a seat for the waiting list), and the lists
 * and statistics of participants.
 */
@Dependent
public class Registrations {

    @PersistenceContext
    EntityManager em;

    @Inject
    MeetingRecords records;

    @Inject
    DirectoryFacade directory;

    Registered register(NewRegistration r) {
        Caller caller = records.member();
        if (r == null || r.meeting() == null || r.person() == null || r.category() == null) {
            throw new ValidationException("person", "required");
        }
        Meeting meeting = records.lockSeats(records.visibleMeeting(r.meeting()));
        MeetingPolicy.checkMayRegister(r, caller);
        MeetingPolicy.checkRegistrationOpen(caller, meeting.status(), meeting.registrationDeadline(),
                LocalDate.now(records.clock.withZone(meeting.zoneId())));
        PersonView person = directory.person(new PersonId(r.person()))
                .orElseThrow(() -> new ValidationException("person", "meetings.unknownPerson"));
        if (r.category() == ParticipantCategory.STATE_DELEGATE
                && !r.state().equals(person.details().stateId())) {
            throw new ValidationException("person", "meetings.registration.personNotOfState");
        }
        List<Registration> existing = em.createQuery("SELECT r FROM Registration r WHERE r.meetingId = :m",
                Registration.class).setParameter("m", meeting.id()).getResultList();
        Registration registration = meeting.register(new RegistrationId(UUID.randomUUID()), r, existing,
                caller.username(), records.now());
        em.persist(registration);
        em.flush();
        List<ConflictView> conflicts = new ConflictFinder(em).forPerson(meeting, r.person());
        return new Registered(registration.view(person.displayName()), conflicts);
    }

    List<RegistrationView> registrations(MeetingId meetingId) {
        Caller caller = records.member();
        Meeting meeting = records.visibleMeeting(meetingId);
        List<Registration> rows = em.createQuery("SELECT r FROM Registration r WHERE r.meetingId = :m"
                + " ORDER BY r.registeredAt", Registration.class).setParameter("m", meeting.id()).getResultList();
        return records.views(rows.stream().filter(r -> MeetingPolicy.actsForRegistrant(caller,
                MeetingRecords.uuid(r.stateId()), MeetingRecords.uuid(r.organisationId()))).toList());
    }

    RegistrationView decide(RegistrationId id, boolean approve, String reason, long expectedVersion) {
        records.staff();
        Registration registration = records.registration(id);
        VersionConflictException.check("Registration", id.toString(), expectedVersion, registration.version());
        Meeting meeting = records.lockSeats(em.find(Meeting.class, registration.meetingId()));
        if (approve) {
            if (meeting.capacity() != null && registration.status() != RegistrationStatus.PENDING) {
                long approved = countStatus(meeting, RegistrationStatus.APPROVED)
                        + countStatus(meeting, RegistrationStatus.PENDING);
                if (approved >= meeting.capacity()) {
                    throw new ValidationException("status", "meetings.registration.full", meeting.capacity());
                }
            }
            registration.approve();
        } else {
            boolean heldSeat = registration.status().isActive();
            registration.reject(reason);
            if (heldSeat) {
                promoteWaiting(meeting);
            }
        }
        em.flush();
        notifyDecision(registration, meeting);
        return records.single(registration);
    }

    RegistrationView withdraw(RegistrationId id, long expectedVersion) {
        Caller caller = records.member();
        Registration registration = records.registration(id);
        if (!MeetingPolicy.actsForRegistrant(caller, MeetingRecords.uuid(registration.stateId()),
                MeetingRecords.uuid(registration.organisationId()))) {
            throw new AccessDeniedException("only the registrant's focal point or staff withdraw a registration");
        }
        VersionConflictException.check("Registration", id.toString(), expectedVersion, registration.version());
        boolean heldSeat = registration.status().isActive();
        registration.withdraw();
        if (heldSeat) {
            promoteWaiting(em.find(Meeting.class, registration.meetingId()));
        }
        em.flush();
        return records.single(registration);
    }

    /** A seat came free: the longest-waiting registration goes back to staff. */
    private void promoteWaiting(Meeting meeting) {
        records.lockSeats(meeting);
        em.flush();
        em.createQuery("SELECT r FROM Registration r WHERE r.meetingId = :m AND r.status = :w"
                        + " ORDER BY r.registeredAt", Registration.class)
                .setParameter("m", meeting.id()).setParameter("w", RegistrationStatus.WAITLISTED).setMaxResults(1)
                .getResultStream().findFirst().ifPresent(Registration::promoteFromWaitingList);
    }

    private long countStatus(Meeting meeting, RegistrationStatus status) {
        return em.createQuery("SELECT COUNT(r) FROM Registration r WHERE r.meetingId = :m AND r.status = :s",
                Long.class).setParameter("m", meeting.id()).setParameter("s", status).getSingleResult();
    }

    RegistrationView decideSponsorship(RegistrationId id, boolean grant, BigDecimal amount, long expectedVersion) {
        records.staff();
        Registration registration = records.registration(id);
        VersionConflictException.check("Registration", id.toString(), expectedVersion, registration.version());
        registration.decideSponsorship(grant, amount);
        em.flush();
        return records.single(registration);
    }

    List<Participation> participationOf(UUID person) {
        Caller caller = records.member();
        if (person == null) {
            return List.of();
        }
        List<Registration> rows = em.createQuery("SELECT r FROM Registration r WHERE r.personId = :p",
                Registration.class).setParameter("p", person.toString()).getResultList();
        Map<String, Meeting> meetings = new HashMap<>();
        rows.forEach(r -> meetings.computeIfAbsent(r.meetingId(), id -> em.find(Meeting.class, id)));
        return rows.stream().filter(r -> meetings.get(r.meetingId()) != null
                        && MeetingRecords.visible(meetings.get(r.meetingId()), caller))
                .map(r -> new Participation(records.view(meetings.get(r.meetingId()), caller), r.status(), r.role()))
                .sorted(Comparator.comparing((Participation p) -> p.meeting().startsAt()).reversed())
                .toList();
    }

    List<RegistrationView> participantList(MeetingId meetingId) {
        Caller caller = records.member();
        Meeting meeting = records.visibleMeeting(meetingId);
        return records.views(em.createQuery("SELECT r FROM Registration r WHERE r.meetingId = :m AND r.status = :a"
                        + " ORDER BY r.registeredAt", Registration.class)
                .setParameter("m", meeting.id()).setParameter("a", RegistrationStatus.APPROVED).getResultStream()
                .filter(r -> caller.isStaff() || r.consentToList()).toList());
    }

    GenderStatistics genderStatistics(MeetingId meetingId) {
        records.member();
        Meeting meeting = records.visibleMeeting(meetingId);
        List<Registration> approved = em.createQuery("SELECT r FROM Registration r WHERE r.meetingId = :m"
                        + " AND r.status = :a", Registration.class)
                .setParameter("m", meeting.id()).setParameter("a", RegistrationStatus.APPROVED).getResultList();
        Map<UUID, Sex> sexes = directory.persons(approved.stream().map(r -> PersonId.of(r.personId())).toList())
                .stream().collect(Collectors.toMap(p -> p.id().value(), p -> p.details().sex(), (a, b) -> a));
        Map<Sex, Long> total = new EnumMap<>(Sex.class);
        Map<UUID, Map<Sex, Long>> byDelegation = new HashMap<>();
        for (Registration r : approved) {
            Sex sex = sexes.getOrDefault(UUID.fromString(r.personId()), Sex.UNDISCLOSED);
            total.merge(sex, 1L, Long::sum);
            if (r.stateId() != null) {
                byDelegation.computeIfAbsent(UUID.fromString(r.stateId()), s -> new EnumMap<>(Sex.class))
                        .merge(sex, 1L, Long::sum);
            }
        }
        return new GenderStatistics(MeetingId.of(meeting.id()), total, byDelegation);
    }

    private void notifyDecision(Registration registration, Meeting meeting) {
        Audience audience = registration.stateId() != null ? Audience.focalPointsOf(UUID.fromString(registration.stateId()))
                : registration.organisationId() != null
                ? Audience.donorsOf(UUID.fromString(registration.organisationId())) : Audience.staff();
        RegistrationView view = records.single(registration);
        records.notify(Notification.of("meetings.registration", audience,
                        "notify.meetings.registration." + view.status().name().toLowerCase(),
                        meeting.view().details().title(), view.personName())
                .linkingTo(MeetingRecords.link(meeting)).once("meeting-registration:" + view.id() + ":" + view.status()));
    }
}
