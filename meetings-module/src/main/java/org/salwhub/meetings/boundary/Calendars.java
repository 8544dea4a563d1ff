package org.salwhub.meetings.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.salwhub.meetings.api.MeetingQuery;
import org.salwhub.meetings.api.MeetingStatus;
import org.salwhub.meetings.api.MeetingView;
import org.salwhub.meetings.entity.CalendarFeed;
import org.salwhub.meetings.entity.Meeting;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.FileBytes;

/** The caller's own meetings, and the personal calendar feed that publishes them. */
@Dependent
public class Calendars {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    MeetingRecords records;

    @Inject
    Meetings meetings;

    List<MeetingView> myMeetings() {
        Caller caller = records.member();
        if (caller.isStaff()) {
            return meetings.meetings(MeetingQuery.all()).stream().filter(m -> m.status().isPublished()).toList();
        }
        Set<String> ids = new HashSet<>();
        for (String scope : MeetingRecords.scopes(caller)) {
            ids.addAll(em.createQuery("SELECT i.meetingId FROM Invitation i WHERE i.inviteeId = :s", String.class)
                    .setParameter("s", scope).getResultList());
            ids.addAll(em.createQuery("SELECT r.meetingId FROM Registration r WHERE r.stateId = :s"
                    + " OR r.organisationId = :s", String.class).setParameter("s", scope).getResultList());
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT m FROM Meeting m WHERE m.id IN :ids AND m.status <> :draft"
                        + " ORDER BY m.startsAt", Meeting.class)
                .setParameter("ids", ids).setParameter("draft", MeetingStatus.DRAFT).getResultStream()
                .map(m -> records.view(m, caller)).toList();
    }

    String issueFeedSecret() {
        Caller caller = records.member();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        CalendarFeed feed = em.find(CalendarFeed.class, caller.username());
        if (feed == null) {
            em.persist(new CalendarFeed(caller.username(), FileBytes.sha256(secret.getBytes()), records.now()));
        } else {
            feed.renew(FileBytes.sha256(secret.getBytes()), records.now());
        }
        em.flush();
        return secret;
    }

    void revokeFeed() {
        Caller caller = records.member();
        CalendarFeed feed = em.find(CalendarFeed.class, caller.username());
        if (feed != null) {
            em.remove(feed);
        }
    }

    boolean hasFeed() {
        Caller caller = records.member();
        return em.find(CalendarFeed.class, caller.username()) != null;
    }

    Optional<String> feedOwner(String secret) {
        if (secret == null || secret.length() < 20 || secret.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("SELECT f FROM CalendarFeed f WHERE f.secretHash = :h", CalendarFeed.class)
                .setParameter("h", FileBytes.sha256(secret.getBytes())).getResultStream().findFirst()
                .map(CalendarFeed::username);
    }
}
