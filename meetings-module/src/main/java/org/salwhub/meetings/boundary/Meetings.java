package org.salwhub.meetings.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.salwhub.meetings.api.ConflictView;
import org.salwhub.meetings.api.MeetingDetails;
import org.salwhub.meetings.api.MeetingId;
import org.salwhub.meetings.api.MeetingQuery;
import org.salwhub.meetings.api.MeetingStatus;
import org.salwhub.meetings.api.MeetingView;
import org.salwhub.meetings.api.PoaCycleRequest;
import org.salwhub.meetings.control.ConflictFinder;
import org.salwhub.meetings.control.MeetingRules;
import org.salwhub.meetings.control.PoaCycle;
import org.salwhub.meetings.control.Reminders;
import org.salwhub.meetings.entity.Meeting;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.OrganisationId;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.kernel.VersionConflictException;
import org.salwhub.registry.api.notify.Audience;
import org.salwhub.registry.api.notify.Notification;

/** Meetings themselves: finding them, staff planning them (one by one or a PoA cycle), moving them on, conflicts. */
@Dependent
public class Meetings {

    @PersistenceContext
    EntityManager em;

    @Inject
    MeetingRecords records;

    @Inject
    DirectoryFacade directory;

    @Inject
    RegistryFacade registry;

    List<MeetingView> meetings(MeetingQuery q) {
        Caller caller = records.member();
        StringBuilder jpql = new StringBuilder("SELECT m FROM Meeting m WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (q.from() != null) {
            jpql.append(" AND m.endsAt > :from");
            params.put("from", q.from());
        }
        if (q.to() != null) {
            jpql.append(" AND m.startsAt < :to");
            params.put("to", q.to());
        }
        if (q.type() != null) {
            jpql.append(" AND m.type = :type");
            params.put("type", q.type());
        }
        if (q.status() != null) {
            jpql.append(" AND m.status = :status");
            params.put("status", q.status());
        }
        if (!caller.isStaff()) {
            jpql.append(" AND m.status <> :draft");
            params.put("draft", MeetingStatus.DRAFT);
        }
        var query = em.createQuery(jpql.append(" ORDER BY m.startsAt").toString(), Meeting.class);
        params.forEach(query::setParameter);
        return query.getResultStream().map(m -> records.view(m, caller)).toList();
    }

    Optional<MeetingView> meeting(MeetingId id) {
        Caller caller = records.member();
        return Optional.ofNullable(em.find(Meeting.class, id.toString()))
                .filter(m -> MeetingRecords.visible(m, caller)).map(m -> records.view(m, caller));
    }

    MeetingView create(MeetingDetails details) {
        Caller caller = records.staff();
        checkDetails(details);
        Meeting meeting = new Meeting(new MeetingId(UUID.randomUUID()), details, records.now());
        em.persist(meeting);
        em.flush();
        return records.view(meeting, caller);
    }

    MeetingView update(MeetingId id, MeetingDetails details, long expectedVersion) {
        Caller caller = records.staff();
        Meeting meeting = records.find(id);
        VersionConflictException.check("Meeting", id.toString(), expectedVersion, meeting.version());
        checkDetails(details);
        if (details.relatedMeeting() != null && details.relatedMeeting().equals(id)) {
            throw new ValidationException("relatedMeeting", "meetings.relatedSelf");
        }
        meeting.apply(details, records.now());
        em.flush();
        return records.view(meeting, caller);
    }

    private void checkDetails(MeetingDetails details) {
        MeetingRules.check(details);
        if (details.relatedMeeting() != null) {
            Meeting global = em.find(Meeting.class, details.relatedMeeting().toString());
            if (global == null || global.type().isRegional()) {
                throw new ValidationException("relatedMeeting", "meetings.relatedGlobal");
            }
        }
        if (details.venueCountry() != null && registry.state(new StateId(details.venueCountry())).isEmpty()) {
            throw new ValidationException("venueCountry", "meetings.unknownState");
        }
        if (details.organiser() != null
                && registry.organisation(new OrganisationId(details.organiser())).isEmpty()) {
            throw new ValidationException("organiser", "meetings.unknownOrganisation");
        }
        if (details.chair() != null && directory.person(new PersonId(details.chair())).isEmpty()) {
            throw new ValidationException("chair", "meetings.unknownPerson");
        }
    }

    MeetingView changeStatus(MeetingId id, MeetingStatus target, String reason, long expectedVersion) {
        Caller caller = records.staff();
        if (target == null) {
            throw new ValidationException("status", "required");
        }
        Meeting meeting = records.find(id);
        VersionConflictException.check("Meeting", id.toString(), expectedVersion, meeting.version());
        meeting.moveTo(target, reason, records.now());
        em.flush();
        if (target == MeetingStatus.REGISTRATION_OPEN || target == MeetingStatus.POSTPONED
                || target == MeetingStatus.CANCELLED) {
            Audience invited = records.invitedAudience(meeting);
            String key = "notify.meetings.status." + target.name().toLowerCase();
            records.notify(Notification.of("meetings.status", invited, key, meeting.view().details().title(),
                            reason == null ? "" : reason)
                    .linkingTo(MeetingRecords.link(meeting))
                    .once("meeting-status:" + meeting.id() + ":" + meeting.version()));
        }
        return records.view(meeting, caller);
    }

    List<MeetingView> generatePoaCycle(PoaCycleRequest request) {
        Caller caller = records.staff();
        List<MeetingView> created = new ArrayList<>();
        for (MeetingDetails details : PoaCycle.plan(request)) {
            MeetingRules.check(details);
            Meeting meeting = new Meeting(new MeetingId(UUID.randomUUID()), details, records.now());
            em.persist(meeting);
            em.flush();
            created.add(records.view(meeting, caller));
        }
        return created;
    }

    // ------------------------------------------------------------------ conflicts

    List<ConflictView> conflicts() {
        records.staff();
        return new ConflictFinder(em).all(records.now().minus(1, ChronoUnit.DAYS));
    }

    List<ConflictView> conflicts(MeetingId meetingId) {
        records.staff();
        return new ConflictFinder(em).of(records.find(meetingId));
    }

    // ------------------------------------------------------------------ reminders

    int sendDueReminders(Instant at) {
        records.staff();
        return new Reminders(em, records.notifiers.isResolvable() ? records.notifiers.get() : null).sendDue(at);
    }
}
