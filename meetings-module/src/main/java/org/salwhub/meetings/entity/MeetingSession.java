package org.salwhub.meetings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.salwhub.meetings.api.AgendaItemView;
import org.salwhub.meetings.api.MeetingId;
import org.salwhub.meetings.api.SessionDetails;
import org.salwhub.meetings.api.SessionId;
import org.salwhub.meetings.api.SessionView;
import org.salwhub.registry.api.kernel.NotAudited;

/** A session of a meeting, in the meeting's zone. */
@Entity
@Table(name = "meet_session")
@NamedQuery(name = "MeetingSession.ofMeeting",
        query = "SELECT s FROM MeetingSession s WHERE s.meetingId = :meeting ORDER BY s.startsAt")
public class MeetingSession {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "meeting_id", nullable = false, length = 36)
    private String meetingId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "start_local", nullable = false)
    private LocalDateTime startLocal;

    @Column(name = "end_local", nullable = false)
    private LocalDateTime endLocal;

    @NotAudited
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @NotAudited
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(length = 200)
    private String room;

    @Version
    private long version;

    protected MeetingSession() {
    }

    public MeetingSession(SessionId id, String meetingId, SessionDetails details, ZoneId zone) {
        this.id = id.toString();
        this.meetingId = meetingId;
        apply(details, zone);
    }

    public void apply(SessionDetails d, ZoneId zone) {
        this.title = d.title().strip();
        this.startLocal = d.start();
        this.endLocal = d.end();
        this.startsAt = d.start().atZone(zone).toInstant();
        this.endsAt = d.end().atZone(zone).toInstant();
        this.room = Meeting.blank(d.room());
    }

    public SessionView view(List<AgendaItemView> items) {
        return new SessionView(new SessionId(UUID.fromString(id)), MeetingId.of(meetingId),
                new SessionDetails(title, startLocal, endLocal, room), startsAt, endsAt, items, version);
    }

    public String id() {
        return id;
    }

    public String meetingId() {
        return meetingId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public long version() {
        return version;
    }
}
