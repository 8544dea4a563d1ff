package org.salwhub.meetings.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.salwhub.meetings.api.ConflictKind;
import org.salwhub.meetings.api.ConflictView;
import org.salwhub.meetings.api.MeetingId;
import org.salwhub.meetings.api.MeetingStatus;
import org.salwhub.meetings.api.RegistrationStatus;
import org.salwhub.meetings.entity.Meeting;
import org.salwhub.meetings.entity.MeetingSession;
import org.salwhub.meetings.entity.Registration;

/**
 * Finds the three kinds of conflict among meetings that still take place (not cancelled, not postponed): a
 * person registered in two meetings at once (when both have sessions, only if two of their sessions overlap), a
 * room booked twice, and two meetings of one series closer together than {@link ConflictRules#minimumGapDays}.
 */
public final class ConflictFinder {

    static final List<MeetingStatus> GONE = List.of(MeetingStatus.CANCELLED, MeetingStatus.POSTPONED);
    static final List<RegistrationStatus> ACTIVE = List.of(RegistrationStatus.PENDING, RegistrationStatus.APPROVED);

    private final EntityManager em;

    public ConflictFinder(EntityManager em) {
        this.em = em;
    }

    /** Every conflict of meetings ending after {@code since}. */
    public List<ConflictView> all(Instant since) {
        List<Meeting> meetings = em.createQuery("SELECT m FROM Meeting m WHERE m.endsAt > :since"
                        + " AND m.status NOT IN :gone ORDER BY m.startsAt", Meeting.class)
                .setParameter("since", since).setParameter("gone", GONE).getResultList();
        Set<ConflictView> found = new LinkedHashSet<>();
        for (int i = 0; i < meetings.size(); i++) {
            for (int j = i + 1; j < meetings.size(); j++) {
                found.addAll(between(meetings.get(i), meetings.get(j)));
            }
        }
        found.addAll(personOverlaps(null, null));
        return new ArrayList<>(found);
    }

    /** The conflicts one meeting is part of. */
    public List<ConflictView> of(Meeting meeting) {
        List<ConflictView> found = new ArrayList<>();
        if (GONE.contains(meeting.status())) {
            return found;
        }
        List<Meeting> others = em.createQuery("SELECT m FROM Meeting m WHERE m.id <> :id AND m.status NOT IN :gone"
                        + " AND ((m.startsAt < :to AND m.endsAt > :from) OR (m.series IS NOT NULL AND m.series = :series))"
                        + " ORDER BY m.startsAt", Meeting.class)
                .setParameter("id", meeting.id()).setParameter("gone", GONE)
                .setParameter("from", meeting.startsAt()).setParameter("to", meeting.endsAt())
                .setParameter("series", meeting.series() == null ? "" : meeting.series()).getResultList();
        for (Meeting other : others) {
            found.addAll(between(meeting, other));
        }
        found.addAll(personOverlaps(meeting.id(), null));
        return found;
    }

    /** The meetings where {@code person} is already registered that clash with {@code meeting}. */
    public List<ConflictView> forPerson(Meeting meeting, UUID person) {
        return personOverlaps(meeting.id(), person.toString());
    }

    private List<ConflictView> between(Meeting a, Meeting b) {
        List<ConflictView> found = new ArrayList<>();
        boolean overlap = ConflictRules.overlap(a.startsAt(), a.endsAt(), b.startsAt(), b.endsAt());
        String venueA = ConflictRules.venueKey(a.room(), a.city());
        if (overlap && venueA != null && venueA.equals(ConflictRules.venueKey(b.room(), b.city()))) {
            found.add(new ConflictView(ConflictKind.VENUE_DOUBLE_BOOKED, id(a), id(b), null,
                    a.room() + ", " + a.city(), 0));
        }
        if (a.series() != null && a.series().equals(b.series())) {
            long gap = ConflictRules.gapDays(a.startsAt(), a.endsAt(), b.startsAt(), b.endsAt());
            long minimum = ConflictRules.minimumGapDays(a.type());
            if (gap < minimum) {
                found.add(new ConflictView(ConflictKind.SERIES_TOO_CLOSE, id(a), id(b), null, a.series(), gap));
            }
        }
        return found;
    }

    /**
     * Person clashes: pairs of active registrations of one person in meetings whose times overlap. Limited to one
     * meeting and/or one person when given.
     */
    private List<ConflictView> personOverlaps(String meetingId, String personId) {
        StringBuilder jpql = new StringBuilder("SELECT r1, r2, m1, m2 FROM Registration r1, Registration r2,"
                + " Meeting m1, Meeting m2 WHERE r1.personId = r2.personId AND r1.meetingId <> r2.meetingId"
                + " AND m1.id = r1.meetingId AND m2.id = r2.meetingId AND m1.startsAt < m2.endsAt"
                + " AND m2.startsAt < m1.endsAt AND r1.status IN :active AND r2.status IN :active"
                + " AND m1.status NOT IN :gone AND m2.status NOT IN :gone");
        if (meetingId != null) {
            jpql.append(" AND m1.id = :meeting");
        } else {
            jpql.append(" AND m1.id < m2.id");
        }
        if (personId != null) {
            jpql.append(" AND r1.personId = :person");
        }
        var query = em.createQuery(jpql.toString(), Object[].class)
                .setParameter("active", ACTIVE).setParameter("gone", GONE);
        if (meetingId != null) {
            query.setParameter("meeting", meetingId);
        }
        if (personId != null) {
            query.setParameter("person", personId);
        }
        List<ConflictView> found = new ArrayList<>();
        Map<String, List<MeetingSession>> sessions = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            Registration r1 = (Registration) row[0];
            Meeting m1 = (Meeting) row[2];
            Meeting m2 = (Meeting) row[3];
            String clash = sessionClash(sessions(sessions, m1.id()), sessions(sessions, m2.id()));
            if (clash != null) {
                found.add(new ConflictView(ConflictKind.PERSON_OVERLAP, id(m1), id(m2),
                        UUID.fromString(r1.personId()), clash, 0));
            }
        }
        return found;
    }

    /** Null when the sessions never meet; otherwise the clashing sessions (or "" when either has none). */
    private static String sessionClash(List<MeetingSession> a, List<MeetingSession> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return "";
        }
        for (MeetingSession x : a) {
            for (MeetingSession y : b) {
                if (ConflictRules.overlap(x.startsAt(), x.endsAt(), y.startsAt(), y.endsAt())) {
                    return x.view(List.of()).details().title() + " / " + y.view(List.of()).details().title();
                }
            }
        }
        return null;
    }

    private List<MeetingSession> sessions(Map<String, List<MeetingSession>> cache, String meetingId) {
        return cache.computeIfAbsent(meetingId, id -> em.createNamedQuery("MeetingSession.ofMeeting",
                MeetingSession.class).setParameter("meeting", id).getResultList());
    }

    private static MeetingId id(Meeting m) {
        return MeetingId.of(Objects.requireNonNull(m.id()));
    }
}
