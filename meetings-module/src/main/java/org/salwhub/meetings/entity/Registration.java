package org.salwhub.meetings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.salwhub.meetings.api.DelegationRole;
import org.salwhub.meetings.api.MeetingId;
import org.salwhub.meetings.api.NewRegistration;
import org.salwhub.meetings.api.ParticipantCategory;
import org.salwhub.meetings.api.RegistrationId;
import org.salwhub.meetings.api.RegistrationStatus;
import org.salwhub.meetings.api.RegistrationView;
import org.salwhub.meetings.api.SponsorshipDecision;
import org.salwhub.registry.api.kernel.ValidationException;

/** One person registered for a meeting, as part of a State's delegation or for an organisation. */
@Entity
@Table(name = "meet_registration")
public class Registration {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "meeting_id", nullable = false, length = 36)
    private String meetingId;

    @Column(name = "person_id", nullable = false, length = 36)
    private String personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ParticipantCategory category;

    @Column(name = "state_id", length = 36)
    private String stateId;

    @Column(name = "organisation_id", length = 36)
    private String organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "delegation_role", nullable = false, length = 10)
    private DelegationRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegistrationStatus status;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    @Column(name = "consent_to_list", nullable = false)
    private boolean consentToList;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SponsorshipDecision sponsorship;

    @Column(name = "sponsorship_reason", length = 1000)
    private String sponsorshipReason;

    @Column(name = "sponsorship_amount", precision = 12, scale = 2)
    private BigDecimal sponsorshipAmount;

    @Column(name = "registered_by", length = 80)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Version
    private long version;

    protected Registration() {
    }

    Registration(RegistrationId id, NewRegistration r, boolean waitlisted, String by, Instant now) {
        this.id = id.toString();
        this.meetingId = r.meeting().toString();
        this.personId = r.person().toString();
        this.category = r.category();
        this.stateId = Meeting.str(r.state());
        this.organisationId = Meeting.str(r.organisation());
        this.role = r.role() == null ? DelegationRole.MEMBER : r.role();
        this.status = waitlisted ? RegistrationStatus.WAITLISTED : RegistrationStatus.PENDING;
        this.consentToList = r.consentToList();
        this.sponsorship = r.sponsorshipRequested() ? SponsorshipDecision.REQUESTED : SponsorshipDecision.NONE;
        this.sponsorshipReason = Meeting.blank(r.sponsorshipReason());
        this.registeredBy = by;
        this.registeredAt = now;
    }

    public void approve() {
        requireStatus(RegistrationStatus.PENDING, RegistrationStatus.WAITLISTED, RegistrationStatus.REJECTED);
        this.status = RegistrationStatus.APPROVED;
        this.decisionReason = null;
    }

    public void reject(String reason) {
        requireStatus(RegistrationStatus.PENDING, RegistrationStatus.WAITLISTED, RegistrationStatus.APPROVED);
        this.status = RegistrationStatus.REJECTED;
        this.decisionReason = Meeting.blank(reason);
    }

    public void withdraw() {
        requireStatus(RegistrationStatus.PENDING, RegistrationStatus.WAITLISTED, RegistrationStatus.APPROVED);
        this.status = RegistrationStatus.WITHDRAWN;
    }

    /** A seat came free: the first on the waiting list goes to staff for a decision. */
    public void promoteFromWaitingList() {
        requireStatus(RegistrationStatus.WAITLISTED);
        this.status = RegistrationStatus.PENDING;
    }

    public void decideSponsorship(boolean grant, BigDecimal amount) {
        if (sponsorship == SponsorshipDecision.NONE) {
            throw new ValidationException("sponsorship", "meetings.sponsorship.notRequested");
        }
        if (grant && (amount == null || amount.signum() <= 0)) {
            throw new ValidationException("amount", "meetings.sponsorship.amount");
        }
        this.sponsorship = grant ? SponsorshipDecision.GRANTED : SponsorshipDecision.REFUSED;
        this.sponsorshipAmount = grant ? amount : null;
    }

    private void requireStatus(RegistrationStatus... allowed) {
        for (RegistrationStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new ValidationException("status", "meetings.registration.status", status.name());
    }

    public RegistrationView view(String personName) {
        return new RegistrationView(new RegistrationId(UUID.fromString(id)), MeetingId.of(meetingId),
                UUID.fromString(personId), personName, category, Meeting.uuid(stateId), Meeting.uuid(organisationId),
                role, status, decisionReason, consentToList, sponsorship, sponsorshipReason, sponsorshipAmount,
                registeredBy, registeredAt, version);
    }

    public String id() {
        return id;
    }

    /** The registry merged this person's record into another's: the registration now names the person kept. */
    public void reassign(String keeper) {
        this.personId = keeper;
    }

    public String meetingId() {
        return meetingId;
    }

    public String personId() {
        return personId;
    }

    public String stateId() {
        return stateId;
    }

    public String organisationId() {
        return organisationId;
    }

    public RegistrationStatus status() {
        return status;
    }

    /** Whether the registration holds the person's place: pending, approved or on the waiting list. */
    public boolean holdsPlace() {
        return status.isActive() || status == RegistrationStatus.WAITLISTED;
    }

    public DelegationRole role() {
        return role;
    }

    public boolean consentToList() {
        return consentToList;
    }

    public long version() {
        return version;
    }
}
