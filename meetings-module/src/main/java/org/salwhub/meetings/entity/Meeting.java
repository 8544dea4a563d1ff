package org.salwhub.meetings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.salwhub.meetings.api.DelegationRole;
import org.salwhub.meetings.api.MeetingDetails;
import org.salwhub.meetings.api.MeetingId;
import org.salwhub.meetings.api.MeetingStatus;
import org.salwhub.meetings.api.MeetingType;
import org.salwhub.meetings.api.MeetingView;
import org.salwhub.meetings.api.NewRegistration;
import org.salwhub.meetings.api.ParticipantCategory;
import org.salwhub.meetings.api.RegistrationId;
import org.salwhub.registry.api.kernel.LocalizedText;
import org.salwhub.registry.api.kernel.NotAudited;
import org.salwhub.registry.api.kernel.ValidationException;

/**
 * A meeting: wall-clock start and end in its own IANA zone, and the instants they denote (kept for overlap
 * queries and calendars). The status machine lives in {@link MeetingStatus}; this entity enforces it.
 */
@Entity
@Table(name = "meet_meeting")
@NamedQuery(name = "Meeting.overlapping", query = "SELECT m FROM Meeting m WHERE m.startsAt < :to AND m.endsAt > :from"
        + " ORDER BY m.startsAt")
public class Meeting {

    @Id
    @Column(length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_type", nullable = false, length = 30)
    private MeetingType type;

    @Column(name = "title_en", nullable = false, length = 300)
    private String titleEn;

    @Column(name = "title_fr", length = 300)
    private String titleFr;

    @Column(name = "title_ar", length = 300)
    private String titleAr;

    private Integer ordinal;

    @Column(length = 80)
    private String series;

    @Column(name = "start_local", nullable = false)
    private LocalDateTime startLocal;

    @Column(name = "end_local", nullable = false)
    private LocalDateTime endLocal;

    @Column(nullable = false, length = 60)
    private String zone;

    @NotAudited
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @NotAudited
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(length = 200)
    private String room;

    @Column(length = 120)
    private String city;

    @Column(name = "venue_country", length = 36)
    private String venueCountry;

    @Column(name = "online_link", length = 500)
    private String onlineLink;

    @Column(length = 60)
    private String languages;

    @Column(nullable = false)
    private boolean interpretation;

    @Column(name = "organiser_id", length = 36)
    private String organiser;

    @Column(name = "chair_id", length = 36)
    private String chair;

    @Column(name = "chair_deadline")
    private LocalDate chairDeadline;

    @Column(name = "registration_deadline")
    private LocalDate registrationDeadline;

    @Column(name = "documents_deadline")
    private LocalDate documentsDeadline;

    private Integer capacity;

    @Column(length = 2000)
    private String topics;

    @Column(name = "related_meeting", length = 36)
    private String relatedMeeting;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MeetingStatus status;

    @Column(name = "status_reason", length = 1000)
    private String statusReason;

    /** The iCalendar SEQUENCE: raised on every change, so calendar applications replace their copy. */
    @NotAudited
    @Column(name = "ics_sequence", nullable = false)
    private int icsSequence;

    @NotAudited
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Meeting() {
    }

    public Meeting(MeetingId id, MeetingDetails details, Instant now) {
        this.id = id.toString();
        this.status = MeetingStatus.DRAFT;
        this.createdAt = now;
        apply(details, now);
        this.icsSequence = 0;
    }

    /** Replaces what staff entered; the details must have been validated. */
    public void apply(MeetingDetails d, Instant now) {
        this.type = d.type();
        this.titleEn = d.title().en();
        this.titleFr = blank(d.title().fr());
        this.titleAr = blank(d.title().ar());
        this.ordinal = d.ordinal();
        this.series = blank(d.series());
        this.startLocal = d.start();
        this.endLocal = d.end();
        this.zone = d.zone();
        ZoneId z = ZoneId.of(d.zone());
        this.startsAt = d.start().atZone(z).toInstant();
        this.endsAt = d.end().atZone(z).toInstant();
        this.room = blank(d.room());
        this.city = blank(d.city());
        this.venueCountry = str(d.venueCountry());
        this.onlineLink = blank(d.onlineLink());
        this.languages = d.languages().isEmpty() ? null : String.join(",", d.languages());
        this.interpretation = d.interpretation();
        this.organiser = str(d.organiser());
        this.chair = str(d.chair());
        this.chairDeadline = d.chairNominationDeadline() != null ? d.chairNominationDeadline()
                : d.type().isPoa() ? d.start().toLocalDate().minusYears(1) : null;
        this.registrationDeadline = d.registrationDeadline();
        this.documentsDeadline = d.documentsDeadline();
        this.capacity = d.capacity();
        this.topics = d.topics().isEmpty() ? null : String.join("\n", d.topics());
        this.relatedMeeting = d.relatedMeeting() == null ? null : d.relatedMeeting().toString();
        touch(now);
    }

    /** Moves to {@code target} when the status machine allows it; postponing and cancelling keep their reason. */
    public void moveTo(MeetingStatus target, String reason, Instant now) {
        if (!status.mayMoveTo(target)) {
            throw new ValidationException("status", "meetings.status.illegal", status.name(), target.name());
        }
        if (target.needsReason() && (reason == null || reason.isBlank())) {
            throw new ValidationException("reason", "required");
        }
        this.status = target;
        if (reason != null && !reason.isBlank()) {
            // the last postponement's or cancellation's reason stays on record after a new announcement
            this.statusReason = reason.strip();
        }
        touch(now);
    }

    /**
     * Registers one person for this meeting, given the meeting's registrations so far ({@code existing}, read under
     * the meeting's lock): a person holds one place (pending, approved or waitlisted) at most, a State's delegation
     * has one head at most and only delegates head it, a sponsorship request gives its reason, and a registration
     * beyond the capacity goes to the waiting list.
     */
    public Registration register(RegistrationId registrationId, NewRegistration r, List<Registration> existing,
                                 String by, Instant now) {
        boolean held = existing.stream().anyMatch(e -> e.personId().equals(r.person().toString()) && e.holdsPlace());
        if (held) {
            throw new ValidationException("person", "meetings.registration.duplicate");
        }
        if (r.role() == DelegationRole.HEAD) {
            if (r.category() != ParticipantCategory.STATE_DELEGATE) {
                throw new ValidationException("role", "meetings.registration.headOnlyDelegates");
            }
            boolean headExists = existing.stream().anyMatch(e -> e.role() == DelegationRole.HEAD
                    && r.state().toString().equals(e.stateId()) && e.holdsPlace());
            if (headExists) {
                throw new ValidationException("role", "meetings.registration.headExists");
            }
        }
        if (r.sponsorshipRequested() && (r.sponsorshipReason() == null || r.sponsorshipReason().isBlank())) {
            throw new ValidationException("sponsorshipReason", "required");
        }
        long seats = existing.stream().filter(e -> e.status().isActive()).count();
        boolean full = capacity != null && seats >= capacity;
        return new Registration(registrationId, r, full, by, now);
    }

    private void touch(Instant now) {
        this.updatedAt = now;
        this.icsSequence = icsSequence + 1;
    }

    public MeetingView view() {
        return new MeetingView(new MeetingId(UUID.fromString(id)), details(), status, statusReason, startsAt, endsAt,
                icsSequence, updatedAt, version);
    }

    public MeetingDetails details() {
        return new MeetingDetails(type, new LocalizedText(titleEn, titleFr, titleAr), ordinal, series, startLocal,
                endLocal, zone, room, city, uuid(venueCountry), onlineLink,
                languages == null ? List.of() : Arrays.asList(languages.split(",")), interpretation,
                uuid(organiser), uuid(chair), chairDeadline, registrationDeadline, documentsDeadline, capacity,
                topics == null ? List.of() : Arrays.asList(topics.split("\n")),
                relatedMeeting == null ? null : MeetingId.of(relatedMeeting));
    }

    public String id() {
        return id;
    }

    public MeetingStatus status() {
        return status;
    }

    public MeetingType type() {
        return type;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public ZoneId zoneId() {
        return ZoneId.of(zone);
    }

    public Integer capacity() {
        return capacity;
    }

    public LocalDate registrationDeadline() {
        return registrationDeadline;
    }

    public LocalDate chairDeadline() {
        return chairDeadline;
    }

    public LocalDate documentsDeadline() {
        return documentsDeadline;
    }

    public String series() {
        return series;
    }

    public String room() {
        return room;
    }

    public String city() {
        return city;
    }

    public String venueCountry() {
        return venueCountry;
    }

    public String titleEn() {
        return titleEn;
    }

    public long version() {
        return version;
    }

    static String str(UUID value) {
        return value == null ? null : value.toString();
    }

    static UUID uuid(String value) {
        return value == null ? null : UUID.fromString(value);
    }

    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
