package org.salwhub.meetings.control;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.salwhub.meetings.api.InviteeKind;
import org.salwhub.meetings.api.MeetingStatus;
import org.salwhub.meetings.entity.Invitation;
import org.salwhub.meetings.entity.Meeting;
import org.salwhub.meetings.entity.Registration;
import org.salwhub.registry.api.notify.Audience;
import org.salwhub.registry.api.notify.Notification;
import org.salwhub.registry.api.notify.Notifier;

/**
 * The reminders before a meeting and before its deadlines. Each is sent once per meeting and kind
 * ({@code meeting-reminder:<id>:<kind>}), so running the check again is harmless. The texts are message keys
 * ({@code notify.meetings.reminder.<kind>}) that the notification service renders in each recipient's language.
 */
public final class Reminders {

    /** How long before the event each reminder goes out. */
    public static final Duration MEETING_AHEAD = Duration.ofDays(7);
    public static final int REGISTRATION_DAYS = 7;
    public static final int CHAIR_DAYS = 30;
    public static final int DOCUMENTS_DAYS = 7;

    static final List<MeetingStatus> UPCOMING = List.of(MeetingStatus.ANNOUNCED, MeetingStatus.REGISTRATION_OPEN,
            MeetingStatus.REGISTRATION_CLOSED);

    private final EntityManager em;
    private final Notifier notifier;

    public Reminders(EntityManager em, Notifier notifier) {
        this.em = em;
        this.notifier = notifier;
    }

    /** Sends what is due at {@code now}; returns how many reminders were handed to the notifier. */
    public int sendDue(Instant now) {
        int sent = 0;
        List<Meeting> meetings = em.createQuery("SELECT m FROM Meeting m WHERE m.status IN :upcoming"
                        + " AND m.startsAt > :now", Meeting.class)
                .setParameter("upcoming", UPCOMING).setParameter("now", now).getResultList();
        for (Meeting m : meetings) {
            LocalDate today = now.atZone(m.zoneId()).toLocalDate();
            if (!now.isBefore(m.startsAt().minus(MEETING_AHEAD))) {
                sent += send(m, "meeting", participants(m), m.startsAt());
            }
            if (m.status() == MeetingStatus.REGISTRATION_OPEN && within(today, m.registrationDeadline(),
                    REGISTRATION_DAYS)) {
                sent += send(m, "registration", invitedStates(m), m.registrationDeadline());
            }
            if (m.details().chair() == null && within(today, m.chairDeadline(), CHAIR_DAYS)) {
                sent += send(m, "chair", Audience.staff(), m.chairDeadline());
            }
            if (within(today, m.documentsDeadline(), DOCUMENTS_DAYS)) {
                sent += send(m, "documents", participants(m).and(Audience.staff()), m.documentsDeadline());
            }
        }
        return sent;
    }

    private static boolean within(LocalDate today, LocalDate deadline, int days) {
        return deadline != null && !today.isAfter(deadline) && !today.plusDays(days).isBefore(deadline);
    }

    private int send(Meeting m, String kind, Audience audience, Object when) {
        if (audience.isEmpty() || notifier == null) {
            return 0;
        }
        notifier.send(Notification.of("meetings.reminder." + kind, audience, "notify.meetings.reminder." + kind,
                        m.view().details().title(), when)
                .linkingTo("/app/meeting.xhtml?id=" + m.id())
                .once("meeting-reminder:" + m.id() + ":" + kind));
        return 1;
    }

    /** The invited and registered States' focal points, organisations' representatives and registered persons. */
    private Audience participants(Meeting m) {
        Set<UUID> states = new HashSet<>();
        Set<UUID> organisations = new HashSet<>();
        Set<UUID> persons = new HashSet<>();
        for (Invitation i : invitations(m)) {
            switch (i.kind()) {
                case STATE -> states.add(i.invitee());
                case ORGANISATION -> organisations.add(i.invitee());
                case PERSON -> persons.add(i.invitee());
            }
        }
        for (Registration r : em.createQuery("SELECT r FROM Registration r WHERE r.meetingId = :m"
                        + " AND r.status IN :active", Registration.class)
                .setParameter("m", m.id()).setParameter("active", ConflictFinder.ACTIVE).getResultList()) {
            persons.add(UUID.fromString(r.personId()));
            if (r.stateId() != null) {
                states.add(UUID.fromString(r.stateId()));
            }
            if (r.organisationId() != null) {
                organisations.add(UUID.fromString(r.organisationId()));
            }
        }
        return new Audience(null, states, organisations, null, persons);
    }

    private Audience invitedStates(Meeting m) {
        Set<UUID> states = new HashSet<>();
        for (Invitation i : invitations(m)) {
            if (i.kind() == InviteeKind.STATE) {
                states.add(i.invitee());
            }
        }
        return new Audience(null, states, null, null, null);
    }

    private List<Invitation> invitations(Meeting m) {
        return em.createQuery("SELECT i FROM Invitation i WHERE i.meetingId = :m", Invitation.class)
                .setParameter("m", m.id()).getResultList();
    }
}
