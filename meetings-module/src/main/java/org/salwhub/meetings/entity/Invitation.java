package org.salwhub.meetings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.salwhub.meetings.api.InvitationId;
import org.salwhub.meetings.api.InvitationResponse;
import org.salwhub.meetings.api.InvitationView;
import org.salwhub.meetings.api.InviteeKind;
import org.salwhub.meetings.api.MeetingId;

/** An invitation to a State, an organisation or a person, and the answer. */
@Entity
@Table(name = "meet_invitation")
public class Invitation {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "meeting_id", nullable = false, length = 36)
    private String meetingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "invitee_kind", nullable = false, length = 20)
    private InviteeKind kind;

    @Column(name = "invitee_id", nullable = false, length = 36)
    private String inviteeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InvitationResponse response;

    @Column(length = 1000)
    private String note;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Version
    private long version;

    protected Invitation() {
    }

    public Invitation(InvitationId id, String meetingId, InviteeKind kind, UUID invitee, String note, Instant now) {
        this.id = id.toString();
        this.meetingId = meetingId;
        this.kind = kind;
        this.inviteeId = invitee.toString();
        this.note = Meeting.blank(note);
        this.response = InvitationResponse.PENDING;
        this.sentAt = now;
    }

    public void respond(InvitationResponse answer, Instant now) {
        this.response = answer;
        this.respondedAt = now;
    }

    public InvitationView view() {
        return new InvitationView(new InvitationId(UUID.fromString(id)), MeetingId.of(meetingId), kind,
                UUID.fromString(inviteeId), response, note, sentAt, respondedAt, version);
    }

    public InviteeKind kind() {
        return kind;
    }

    public UUID invitee() {
        return UUID.fromString(inviteeId);
    }

    public String meetingId() {
        return meetingId;
    }

    public long version() {
        return version;
    }
}
