package org.salwhub.meetings.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.salwhub.meetings.api.AgendaItemDetails;
import org.salwhub.meetings.api.AgendaItemId;
import org.salwhub.meetings.api.AgendaItemView;
import org.salwhub.meetings.api.AttendanceView;
import org.salwhub.meetings.api.MeetingId;
import org.salwhub.meetings.api.RegistrationId;
import org.salwhub.meetings.api.RegistrationStatus;
import org.salwhub.meetings.api.SessionDetails;
import org.salwhub.meetings.api.SessionId;
import org.salwhub.meetings.api.SessionView;
import org.salwhub.meetings.control.MeetingRules;
import org.salwhub.meetings.entity.AgendaItem;
import org.salwhub.meetings.entity.Attendance;
import org.salwhub.meetings.entity.Meeting;
import org.salwhub.meetings.entity.MeetingSession;
import org.salwhub.meetings.entity.Registration;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.directory.PersonView;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.kernel.VersionConflictException;

/** A meeting's agenda (sessions and their items, with the agenda's warnings) and the check-in to its sessions. */
@Dependent
public class Agenda {

    @PersistenceContext
    EntityManager em;

    @Inject
    MeetingRecords records;

    @Inject
    DirectoryFacade directory;

    List<SessionView> sessions(MeetingId meetingId) {
        Meeting meeting = records.visibleMeeting(meetingId);
        List<MeetingSession> sessions = em.createNamedQuery("MeetingSession.ofMeeting", MeetingSession.class)
                .setParameter("meeting", meeting.id()).getResultList();
        Map<String, List<AgendaItemView>> items = em.createQuery("SELECT a FROM AgendaItem a"
                        + " WHERE a.meetingId = :meeting ORDER BY a.sortOrder", AgendaItem.class)
                .setParameter("meeting", meeting.id()).getResultStream()
                .collect(Collectors.groupingBy(AgendaItem::sessionId,
                        Collectors.mapping(AgendaItem::view, Collectors.toList())));
        return sessions.stream().map(s -> s.view(items.getOrDefault(s.id(), List.of()))).toList();
    }

    SessionView addSession(MeetingId meetingId, SessionDetails details) {
        records.staff();
        Meeting meeting = records.find(meetingId);
        MeetingRules.check(details, meeting.details());
        MeetingSession session = new MeetingSession(new SessionId(UUID.randomUUID()), meeting.id(), details,
                meeting.zoneId());
        em.persist(session);
        em.flush();
        return session.view(List.of());
    }

    SessionView updateSession(SessionId id, SessionDetails details, long expectedVersion) {
        records.staff();
        MeetingSession session = records.session(id);
        VersionConflictException.check("MeetingSession", id.toString(), expectedVersion, session.version());
        Meeting meeting = em.find(Meeting.class, session.meetingId());
        MeetingRules.check(details, meeting.details());
        session.apply(details, meeting.zoneId());
        em.flush();
        return sessions(MeetingId.of(meeting.id())).stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    void removeSession(SessionId id) {
        records.staff();
        MeetingSession session = records.session(id);
        em.createQuery("DELETE FROM AgendaItem a WHERE a.sessionId = :s").setParameter("s", session.id())
                .executeUpdate();
        em.createQuery("DELETE FROM Attendance a WHERE a.sessionId = :s").setParameter("s", session.id())
                .executeUpdate();
        em.remove(session);
    }

    AgendaItemView addAgendaItem(SessionId sessionId, AgendaItemDetails details) {
        records.staff();
        MeetingSession session = records.session(sessionId);
        if (details.number() == null || details.number().isBlank()) {
            throw new ValidationException("number", "required");
        }
        if (details.title() == null || details.title().isBlank()) {
            throw new ValidationException("title", "required");
        }
        if (details.title().length() > 500 || details.number().length() > 20) {
            throw new ValidationException("title", "tooLong", 500);
        }
        List<PersonView> speakers = directory.persons(details.speakers().stream().map(PersonId::new).toList());
        if (speakers.size() != new HashSet<>(details.speakers()).size()) {
            throw new ValidationException("speakers", "meetings.unknownPerson");
        }
        long count = em.createQuery("SELECT COUNT(a) FROM AgendaItem a WHERE a.sessionId = :s", Long.class)
                .setParameter("s", session.id()).getSingleResult();
        AgendaItem item = new AgendaItem(new AgendaItemId(UUID.randomUUID()), session.id(), session.meetingId(),
                details, (int) count + 1);
        em.persist(item);
        em.flush();
        return item.view();
    }

    void removeAgendaItem(AgendaItemId id) {
        records.staff();
        AgendaItem item = NotFoundException.requireFound(em.find(AgendaItem.class, id.toString()), "AgendaItem", id);
        em.remove(item);
    }

    List<String> agendaWarnings(MeetingId meetingId) {
        Meeting meeting = records.visibleMeeting(meetingId);
        List<String> warnings = new ArrayList<>();
        if (meeting.type().isPoa()) {
            long cooperation = em.createQuery("SELECT COUNT(a) FROM AgendaItem a WHERE a.meetingId = :m"
                    + " AND a.cooperation = TRUE", Long.class).setParameter("m", meeting.id()).getSingleResult();
            if (cooperation == 0) {
                warnings.add("meetings.warning.noCooperationItem");
            }
            if (meeting.details().chair() == null && meeting.chairDeadline() != null
                    && meeting.chairDeadline().isBefore(LocalDate.now(records.clock.withZone(meeting.zoneId())))) {
                warnings.add("meetings.warning.chairOverdue");
            }
        }
        return warnings;
    }

    // ------------------------------------------------------------------ attendance

    AttendanceView checkIn(SessionId sessionId, RegistrationId registrationId) {
        Caller caller = records.staff();
        MeetingSession session = records.session(sessionId);
        Registration registration = records.registration(registrationId);
        if (!registration.meetingId().equals(session.meetingId())) {
            throw new ValidationException("registration", "meetings.attendance.otherMeeting");
        }
        if (registration.status() != RegistrationStatus.APPROVED) {
            throw new ValidationException("registration", "meetings.attendance.notApproved");
        }
        Optional<Attendance> existing = em.createQuery("SELECT a FROM Attendance a WHERE a.sessionId = :s"
                        + " AND a.registrationId = :r", Attendance.class)
                .setParameter("s", session.id()).setParameter("r", registration.id()).getResultStream().findFirst();
        if (existing.isPresent()) {
            return existing.get().view();
        }
        Attendance attendance = new Attendance(session.id(), registration.id(), records.now(), caller.username());
        em.persist(attendance);
        em.flush();
        return attendance.view();
    }

    List<AttendanceView> attendance(SessionId sessionId) {
        records.staff();
        return em.createQuery("SELECT a FROM Attendance a WHERE a.sessionId = :s ORDER BY a.checkedInAt",
                Attendance.class).setParameter("s", records.session(sessionId).id()).getResultStream()
                .map(Attendance::view).toList();
    }
}
