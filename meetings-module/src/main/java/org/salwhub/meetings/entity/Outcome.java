package org.salwhub.meetings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.UUID;
import org.salwhub.meetings.api.FollowUpView;
import org.salwhub.meetings.api.MeetingId;
import org.salwhub.meetings.api.OutcomeId;
import org.salwhub.meetings.api.OutcomeKind;
import org.salwhub.meetings.api.OutcomeView;

/** A recommendation or decision a meeting adopted. */
@Entity
@Table(name = "meet_outcome")
public class Outcome {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "meeting_id", nullable = false, length = 36)
    private String meetingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome_kind", nullable = false, length = 20)
    private OutcomeKind kind;

    @Column(length = 80)
    private String reference;

    @Lob
    @Column(nullable = false)
    private String body;

    @Version
    private long version;

    protected Outcome() {
    }

    public Outcome(OutcomeId id, String meetingId, OutcomeKind kind, String reference, String body) {
        this.id = id.toString();
        this.meetingId = meetingId;
        this.kind = kind;
        this.reference = Meeting.blank(reference);
        this.body = body.strip();
    }

    public OutcomeView view(List<FollowUpView> actions) {
        return new OutcomeView(new OutcomeId(UUID.fromString(id)), MeetingId.of(meetingId), kind, reference, body,
                actions, version);
    }

    public String id() {
        return id;
    }

    public String meetingId() {
        return meetingId;
    }
}
