package org.salwhub.web.rest.meetings;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.salwhub.meetings.api.AgendaItemView;
import org.salwhub.meetings.api.AttendanceView;
import org.salwhub.meetings.api.ConflictView;
import org.salwhub.meetings.api.DocumentView;
import org.salwhub.meetings.api.FileInfo;
import org.salwhub.meetings.api.FollowUpView;
import org.salwhub.meetings.api.GenderStatistics;
import org.salwhub.meetings.api.InvitationView;
import org.salwhub.meetings.api.MeetingView;
import org.salwhub.meetings.api.OutcomeView;
import org.salwhub.meetings.api.RegistrationView;
import org.salwhub.meetings.api.SessionView;

/** The JSON shapes of the meetings API. Times: wall clock in the meeting's zone, and the instant (UTC). */
public final class MeetingsJson {

    private MeetingsJson() {
    }

    /**
     * A meeting. {@code viewerZone}, {@code startInViewer} and {@code endInViewer} are set when the request names
     * the viewer's zone ({@code ?tz=}).
     */
    public record MeetingJson(String id, String type, String titleEn, String titleFr, String titleAr, Integer ordinal,
                              String series, LocalDateTime start, LocalDateTime end, String zone, Instant startsAt,
                              Instant endsAt, String viewerZone, String startInViewer, String endInViewer,
                              String room, String city, String venueCountry, String onlineLink,
                              List<String> languages, boolean interpretation, String organiser, String chair,
                              LocalDate chairNominationDeadline, LocalDate registrationDeadline,
                              LocalDate documentsDeadline, Integer capacity, List<String> topics,
                              String relatedMeeting, String status, String statusReason, int sequence, long version) {
        static MeetingJson of(MeetingView m, ZoneId viewer) {
            var d = m.details();
            return new MeetingJson(m.id().toString(), d.type().name(), d.title().en(), d.title().fr(), d.title().ar(),
                    d.ordinal(), d.series(), d.start(), d.end(), d.zone(), m.startsAt(), m.endsAt(),
                    viewer == null ? null : viewer.getId(),
                    viewer == null ? null : m.startIn(viewer).toOffsetDateTime().toString(),
                    viewer == null ? null : m.endIn(viewer).toOffsetDateTime().toString(),
                    d.room(), d.city(), str(d.venueCountry()), d.onlineLink(), d.languages(), d.interpretation(),
                    str(d.organiser()), str(d.chair()), d.chairNominationDeadline(), d.registrationDeadline(),
                    d.documentsDeadline(), d.capacity(), d.topics(), str(d.relatedMeeting()), m.status().name(),
                    m.statusReason(), m.sequence(), m.version());
        }
    }

    /** What staff send to create or change a meeting; {@code venueCountry} is a State's UUID or ISO code. */
    public record MeetingInput(String type, String titleEn, String titleFr, String titleAr, Integer ordinal,
                               String series, LocalDateTime start, LocalDateTime end, String zone, String room,
                               String city, String venueCountry, String onlineLink, List<String> languages,
                               Boolean interpretation, String organiser, String chair,
                               LocalDate chairNominationDeadline, LocalDate registrationDeadline,
                               LocalDate documentsDeadline, Integer capacity, List<String> topics,
                               String relatedMeeting, Long version) {
    }

    public record StatusInput(String status, String reason, Long version) {
    }

    public record CycleInput(Integer firstYear, Integer firstBmsOrdinal, Integer reviewConferenceOrdinal, String zone,
                             String city, String venueCountry, String room) {
    }

    public record SessionJson(String id, String meetingId, String title, LocalDateTime start, LocalDateTime end,
                              Instant startsAt, Instant endsAt, String room, List<ItemJson> items, long version) {
        static SessionJson of(SessionView s) {
            return new SessionJson(s.id().toString(), s.meeting().toString(), s.details().title(), s.details().start(),
                    s.details().end(), s.startsAt(), s.endsAt(), s.details().room(),
                    s.items().stream().map(ItemJson::of).toList(), s.version());
        }
    }

    public record SessionInput(String title, LocalDateTime start, LocalDateTime end, String room, Long version) {
    }

    public record ItemJson(String id, String number, String title, boolean cooperationAndAssistance,
                           List<String> speakers) {
        static ItemJson of(AgendaItemView i) {
            return new ItemJson(i.id().toString(), i.details().number(), i.details().title(),
                    i.details().cooperationAndAssistance(), i.details().speakers().stream().map(Object::toString).toList());
        }
    }

    public record ItemInput(String number, String title, Boolean cooperationAndAssistance, List<String> speakers) {
    }

    public record DocumentJson(String id, String meetingId, String symbol, String type, String title, String access,
                               List<FileJson> versions, long version) {
        static DocumentJson of(DocumentView d) {
            return new DocumentJson(d.id().toString(), d.meeting().toString(), d.details().symbol(),
                    d.details().type().name(), d.details().title(), d.details().access().name(),
                    d.versions().stream().map(FileJson::of).toList(), d.version());
        }
    }

    public record DocumentInput(String symbol, String type, String title, String access, Long version) {
    }

    public record FileJson(String id, String language, String filename, String contentType, long size,
                           String sha256, Instant uploadedAt) {
        static FileJson of(FileInfo f) {
            return new FileJson(f.id().toString(), f.language(), f.filename(), f.contentType(), f.size(), f.sha256(),
                    f.uploadedAt());
        }
    }

    public record InvitationJson(String id, String meetingId, String kind, String invitee, String response,
                                 String note, Instant sentAt, Instant respondedAt, long version) {
        static InvitationJson of(InvitationView i) {
            return new InvitationJson(i.id().toString(), i.meeting().toString(), i.kind().name(),
                    i.invitee().toString(), i.response().name(), i.note(), i.sentAt(), i.respondedAt(), i.version());
        }
    }

    public record InvitationInput(String kind, String invitee, String note, String response, Long version) {
    }

    public record RegistrationJson(String id, String meetingId, String person, String personName, String category,
                                   String state, String organisation, String role, String status,
                                   String decisionReason, boolean consentToList, String sponsorship,
                                   String sponsorshipReason, BigDecimal sponsorshipAmount, String registeredBy,
                                   Instant registeredAt, long version) {
        static RegistrationJson of(RegistrationView r) {
            return new RegistrationJson(r.id().toString(), r.meeting().toString(), r.person().toString(),
                    r.personName(), r.category().name(), str(r.state()), str(r.organisation()), r.role().name(),
                    r.status().name(), r.decisionReason(), r.consentToList(), r.sponsorship().name(),
                    r.sponsorshipReason(), r.sponsorshipAmount(), r.registeredBy(), r.registeredAt(), r.version());
        }
    }

    /** {@code state}: the delegation's State (UUID or ISO code). */
    public record RegistrationInput(String person, String category, String state, String organisation, String role,
                                    Boolean consentToList, Boolean sponsorshipRequested, String sponsorshipReason) {
    }

    public record RegisteredJson(RegistrationJson registration, List<ConflictJson> conflicts) {
    }

    public record DecisionInput(Boolean approve, String reason, BigDecimal amount, Long version) {
    }

    public record DelegationJson(String meetingId, String state, List<RegistrationJson> registrations,
                                 List<FileJson> credentials) {
    }

    public record GenderJson(String meetingId, Map<String, Long> total, Map<String, Map<String, Long>> byDelegation) {
        static GenderJson of(GenderStatistics g) {
            Map<String, Map<String, Long>> delegations = new TreeMap<>();
            g.byDelegation().forEach((state, counts) -> delegations.put(state.toString(), names(counts)));
            return new GenderJson(g.meeting().toString(), names(g.total()), delegations);
        }

        private static Map<String, Long> names(Map<? extends Enum<?>, Long> counts) {
            Map<String, Long> named = new TreeMap<>();
            counts.forEach((k, v) -> named.put(k.name(), v));
            return named;
        }
    }

    public record AttendanceJson(String sessionId, String registrationId, Instant checkedInAt, String checkedInBy) {
        static AttendanceJson of(AttendanceView a) {
            return new AttendanceJson(a.session().toString(), a.registration().toString(), a.checkedInAt(),
                    a.checkedInBy());
        }
    }

    public record CheckInInput(String registration) {
    }

    public record ConflictJson(String kind, String meetingId, String otherMeetingId, String person, String detail,
                               long days) {
        static ConflictJson of(ConflictView c) {
            return new ConflictJson(c.kind().name(), c.meeting().toString(), c.other().toString(), str(c.person()),
                    c.detail(), c.days());
        }
    }

    public record OutcomeJson(String id, String meetingId, String kind, String reference, String text,
                              List<FollowUpJson> actions, long version) {
        static OutcomeJson of(OutcomeView o) {
            return new OutcomeJson(o.id().toString(), o.meeting().toString(), o.kind().name(), o.reference(), o.text(),
                    o.actions().stream().map(FollowUpJson::of).toList(), o.version());
        }
    }

    public record OutcomeInput(String kind, String reference, String text) {
    }

    public record FollowUpJson(String id, String outcomeId, String meetingId, String description, String ownerState,
                               String ownerOrganisation, LocalDate due, String status, boolean overdue, long version) {
        static FollowUpJson of(FollowUpView f) {
            return new FollowUpJson(f.id().toString(), f.outcome().toString(), f.meeting().toString(),
                    f.details().description(), str(f.details().ownerState()), str(f.details().ownerOrganisation()),
                    f.details().due(), f.status().name(), f.isOverdue(), f.version());
        }
    }

    /** {@code ownerState}: UUID or ISO code. */
    public record FollowUpInput(String description, String ownerState, String ownerOrganisation, LocalDate due,
                                String status, Long version) {
    }

    public record FeedJson(String url, String secret) {
    }

    static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
