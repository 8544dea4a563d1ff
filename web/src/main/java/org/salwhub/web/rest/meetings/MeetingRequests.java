package org.salwhub.web.rest.meetings;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.salwhub.meetings.api.AccessLevel;
import org.salwhub.meetings.api.DocumentDetails;
import org.salwhub.meetings.api.DocumentId;
import org.salwhub.meetings.api.DocumentType;
import org.salwhub.meetings.api.FileContent;
import org.salwhub.meetings.api.MeetingDetails;
import org.salwhub.meetings.api.MeetingId;
import org.salwhub.meetings.api.MeetingType;
import org.salwhub.meetings.api.MeetingView;
import org.salwhub.meetings.api.MeetingsFacade;
import org.salwhub.meetings.api.SessionId;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.kernel.LocalizedText;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.web.rest.meetings.MeetingsJson.DocumentInput;
import org.salwhub.web.rest.meetings.MeetingsJson.MeetingInput;
import org.salwhub.web.rest.registry.DirectoryResources;

/**
 * What the meetings API reads from a request before it asks the facade: identifiers and references in the path
 * (a State by UUID or ISO code, a session or document of the meeting named), the inputs of meetings and documents,
 * instants, zones and languages; and how it answers with a file.
 */
@Dependent
public class MeetingRequests {

    @Inject
    MeetingsFacade meetings;

    @Inject
    RegistryFacade registry;

    MeetingView view(String id) {
        return meetings.meeting(meetingId(id)).orElseThrow(() -> new NotFoundException("Meeting", id));
    }

    MeetingDetails details(MeetingInput in) {
        if (in == null || in.type() == null) {
            throw new ValidationException("type", "required");
        }
        if (in.titleEn() == null || in.titleEn().isBlank()) {
            throw new ValidationException("titleEn", "required");
        }
        return new MeetingDetails(DirectoryResources.parse(MeetingType.class, in.type(), "type"),
                new LocalizedText(in.titleEn(), in.titleFr(), in.titleAr()), in.ordinal(), in.series(), in.start(),
                in.end(), in.zone(), in.room(), in.city(), in.venueCountry() == null ? null : state(in.venueCountry()),
                in.onlineLink(), in.languages(), Boolean.TRUE.equals(in.interpretation()),
                DirectoryResources.uuid(in.organiser(), "organiser"), DirectoryResources.uuid(in.chair(), "chair"),
                in.chairNominationDeadline(), in.registrationDeadline(), in.documentsDeadline(), in.capacity(),
                in.topics(), in.relatedMeeting() == null ? null
                : new MeetingId(DirectoryResources.uuid(in.relatedMeeting(), "relatedMeeting")));
    }

    static DocumentDetails document(DocumentInput in) {
        if (in == null || in.type() == null) {
            throw new ValidationException("type", "required");
        }
        if (in.access() == null) {
            throw new ValidationException("access", "required");
        }
        return new DocumentDetails(in.symbol(), DirectoryResources.parse(DocumentType.class, in.type(), "type"),
                in.title(), DirectoryResources.parse(AccessLevel.class, in.access(), "access"));
    }

    /** A State by UUID or ISO code. */
    UUID state(String ref) {
        if (ref == null || ref.isBlank()) {
            throw new ValidationException("state", "required");
        }
        if (ref.length() == 2) {
            return registry.stateByIsoCode(ref.toUpperCase(Locale.ROOT)).map(s -> s.id().value())
                    .orElseThrow(() -> new NotFoundException("State", ref));
        }
        return DirectoryResources.uuid(ref, "state");
    }

    static MeetingId meetingId(String id) {
        return new MeetingId(required(id, "meeting"));
    }

    SessionId sessionId(String meeting, String session) {
        SessionId id = new SessionId(required(session, "session"));
        if (meetings.sessions(meetingId(meeting)).stream().noneMatch(s -> s.id().equals(id))) {
            throw new NotFoundException("MeetingSession", session);
        }
        return id;
    }

    DocumentId documentId(String meeting, String document) {
        DocumentId id = new DocumentId(required(document, "document"));
        MeetingId owner = meetingId(meeting);
        meetings.meeting(owner).orElseThrow(() -> new NotFoundException("Meeting", meeting));
        return id;
    }

    static Locale language(String lang) {
        return lang == null || !List.of("en", "fr", "ar").contains(lang) ? Locale.ENGLISH : Locale.forLanguageTag(lang);
    }

    static UUID required(String value, String field) {
        UUID id = DirectoryResources.uuid(value, field);
        if (id == null) {
            throw new ValidationException(field, "required");
        }
        return id;
    }

    static ZoneId zone(String tz) {
        if (tz == null || tz.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(tz.strip());
        } catch (DateTimeException e) {
            throw new ValidationException("tz", "meetings.zone", tz);
        }
    }

    static Instant instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "meetings.instant");
        }
    }

    static Response download(FileContent file) {
        return Response.ok(file.content(), file.info().contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(file.info().filename(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store").build();
    }

    static String feedUrl(UriInfo uri, String secret) {
        return uri.getBaseUriBuilder().path("calendar-feeds").path(secret + ".ics").build().toString();
    }
}
