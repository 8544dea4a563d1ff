package org.salwhub.meetings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.salwhub.meetings.api.FollowUpDetails;
import org.salwhub.meetings.api.FollowUpId;
import org.salwhub.meetings.api.FollowUpStatus;
import org.salwhub.meetings.api.FollowUpView;
import org.salwhub.meetings.api.MeetingId;
import org.salwhub.meetings.api.OutcomeId;

/** A follow-up action of an outcome, owned by a State or an organisation. */
@Entity
@Table(name = "meet_follow_up")
public class FollowUpAction {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "outcome_id", nullable = false, length = 36)
    private String outcomeId;

    @Column(name = "meeting_id", nullable = false, length = 36)
    private String meetingId;

    @Column(nullable = false, length = 1000)
    private String description;

    @Column(name = "owner_state", length = 36)
    private String ownerState;

    @Column(name = "owner_org", length = 36)
    private String ownerOrganisation;

    @Column(name = "due_on")
    private LocalDate due;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FollowUpStatus status;

    @Version
    private long version;

    protected FollowUpAction() {
    }

    public FollowUpAction(FollowUpId id, String outcomeId, String meetingId, FollowUpDetails d) {
        this.id = id.toString();
        this.outcomeId = outcomeId;
        this.meetingId = meetingId;
        this.description = d.description().strip();
        this.ownerState = Meeting.str(d.ownerState());
        this.ownerOrganisation = Meeting.str(d.ownerOrganisation());
        this.due = d.due();
        this.status = FollowUpStatus.OPEN;
    }

    public void changeStatus(FollowUpStatus next) {
        this.status = next;
    }

    public FollowUpView view(LocalDate today) {
        boolean open = status == FollowUpStatus.OPEN || status == FollowUpStatus.IN_PROGRESS;
        LocalDate overdue = open && due != null && due.isBefore(today) ? due : null;
        return new FollowUpView(new FollowUpId(UUID.fromString(id)), OutcomeId.of(outcomeId), MeetingId.of(meetingId),
                new FollowUpDetails(description, Meeting.uuid(ownerState), Meeting.uuid(ownerOrganisation), due),
                status, overdue, version);
    }

    public String outcomeId() {
        return outcomeId;
    }

    public String ownerState() {
        return ownerState;
    }

    public String ownerOrganisation() {
        return ownerOrganisation;
    }

    public long version() {
        return version;
    }
}
