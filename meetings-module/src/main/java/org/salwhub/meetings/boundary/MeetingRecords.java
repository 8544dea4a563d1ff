package org.salwhub.meetings.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.salwhub.meetings.api.DocumentId;
import org.salwhub.meetings.api.InviteeKind;
import org.salwhub.meetings.api.MeetingId;
import org.salwhub.meetings.api.MeetingView;
import org.salwhub.meetings.api.RegistrationId;
import org.salwhub.meetings.api.RegistrationView;
import org.salwhub.meetings.api.SessionId;
import org.salwhub.meetings.control.MeetingPolicy;
import org.salwhub.meetings.entity.Invitation;
import org.salwhub.meetings.entity.Meeting;
import org.salwhub.meetings.entity.MeetingDocument;
import org.salwhub.meetings.entity.MeetingSession;
import org.salwhub.meetings.entity.Registration;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.directory.PersonView;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.notify.Audience;
import org.salwhub.registry.api.notify.Notification;
import org.salwhub.registry.api.notify.Notifier;

/**
 * What the meetings use cases share: who is calling and what time it is, loading meetings, sessions, documents and
 * registrations (as the caller may see them), turning them into views (meetings with what the caller may do), and
 * sending notifications.
 */
@Dependent
public class MeetingRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    DirectoryFacade directory;

    /** The notification service of the web layer; absent in a deployment without it. */
    @Inject
    Instance<Notifier> notifiers;

    @Inject
    Clock clock;

    // ------------------------------------------------------------------ caller and time

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The caller, who must be a member of the network. */
    Caller member() {
        return MeetingPolicy.requireMember(callers.current());
    }

    /** The caller, who must be staff. */
    Caller staff() {
        return member().requireStaff();
    }

    static boolean visible(Meeting meeting, Caller caller) {
        return MeetingPolicy.maySee(caller, meeting.status());
    }

    // ------------------------------------------------------------------ views

    /** The meeting as {@code caller} sees it, with what they may do with it today (in the meeting's zone). */
    MeetingView view(Meeting meeting, Caller caller) {
        MeetingView view = meeting.view();
        return view.withPermissions(MeetingPolicy.forMeeting(caller, view,
                LocalDate.now(clock.withZone(meeting.zoneId()))));
    }

    List<RegistrationView> views(List<Registration> rows) {
        Map<String, String> names = directory.persons(rows.stream().map(r -> PersonId.of(r.personId()))
                        .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(p -> p.id().toString(), PersonView::displayName, (a, b) -> a));
        return rows.stream().map(r -> r.view(names.getOrDefault(r.personId(), "?"))).toList();
    }

    RegistrationView single(Registration registration) {
        return views(List.of(registration)).get(0);
    }

    // ------------------------------------------------------------------ loading

    Meeting find(MeetingId id) {
        return NotFoundException.requireFound(em.find(Meeting.class, id.toString()), "Meeting", id);
    }

    /** The meeting, or not found when it is a draft the caller may not see. */
    Meeting visibleMeeting(MeetingId id) {
        Caller caller = member();
        Meeting meeting = find(id);
        if (!visible(meeting, caller)) {
            throw new NotFoundException("Meeting", id.toString());
        }
        return meeting;
    }

    MeetingSession session(SessionId id) {
        return NotFoundException.requireFound(em.find(MeetingSession.class, id.toString()), "MeetingSession", id);
    }

    MeetingDocument document(DocumentId id) {
        return NotFoundException.requireFound(em.find(MeetingDocument.class, id.toString()), "MeetingDocument", id);
    }

    Registration registration(RegistrationId id) {
        return NotFoundException.requireFound(em.find(Registration.class, id.toString()), "Registration", id);
    }

    /**
     * Locks the meeting's row until the transaction ends, so that registrations made at the same moment count each
     * other: the capacity never overflows, and a person or a head of delegation is never registered twice.
     */
    Meeting lockSeats(Meeting meeting) {
        em.lock(meeting, LockModeType.PESSIMISTIC_WRITE);
        return meeting;
    }

    /** Whether the caller's State or organisation is invited to or registered for the meeting. */
    boolean participant(Meeting meeting, Caller caller) {
        for (String scope : scopes(caller)) {
            long invited = em.createQuery("SELECT COUNT(i) FROM Invitation i WHERE i.meetingId = :m"
                    + " AND i.inviteeId = :s", Long.class).setParameter("m", meeting.id()).setParameter("s", scope)
                    .getSingleResult();
            long registered = em.createQuery("SELECT COUNT(r) FROM Registration r WHERE r.meetingId = :m"
                            + " AND (r.stateId = :s OR r.organisationId = :s)", Long.class)
                    .setParameter("m", meeting.id()).setParameter("s", scope).getSingleResult();
            if (invited + registered > 0) {
                return true;
            }
        }
        return false;
    }

    static UUID uuid(String value) {
        return value == null ? null : UUID.fromString(value);
    }

    static List<String> scopes(Caller caller) {
        List<String> scopes = new ArrayList<>();
        caller.state().ifPresent(s -> scopes.add(s.toString()));
        caller.organisation().ifPresent(o -> scopes.add(o.toString()));
        return scopes;
    }

    // ------------------------------------------------------------------ notifications

    Audience invitedAudience(Meeting meeting) {
        Set<UUID> states = new HashSet<>();
        Set<UUID> organisations = new HashSet<>();
        for (Invitation i : em.createQuery("SELECT i FROM Invitation i WHERE i.meetingId = :m", Invitation.class)
                .setParameter("m", meeting.id()).getResultList()) {
            if (i.kind() == InviteeKind.STATE) {
                states.add(i.invitee());
            } else if (i.kind() == InviteeKind.ORGANISATION) {
                organisations.add(i.invitee());
            }
        }
        return new Audience(null, states, organisations, null, null);
    }

    void notify(Notification notification) {
        if (!notification.audience().isEmpty() && notifiers.isResolvable()) {
            notifiers.get().send(notification);
        }
    }

    static String link(Meeting meeting) {
        return "/app/meeting.xhtml?id=" + meeting.id();
    }
}
