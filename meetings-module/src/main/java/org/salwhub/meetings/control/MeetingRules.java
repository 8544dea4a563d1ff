package org.salwhub.meetings.control;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.salwhub.meetings.api.DocumentDetails;
import org.salwhub.meetings.api.MeetingDetails;
import org.salwhub.meetings.api.SessionDetails;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.ValidationException;

/** Checks what staff enter for meetings, sessions and documents; every error at once. */
public final class MeetingRules {

    /** The languages of interpretation and of document versions: the six UN languages. */
    public static final Set<String> LANGUAGES = Set.of("en", "fr", "ar", "es", "ru", "zh");

    /** A Review Conference lasts two weeks; nothing longer is plausible. */
    static final Duration LONGEST_MEETING = Duration.ofDays(15);

    /** A Preparatory Committee meets for at most five days. */
    static final int PREPCOM_MAX_DAYS = 5;

    private MeetingRules() {
    }

    public static void check(MeetingDetails d) {
        List<FieldError> errors = new ArrayList<>();
        if (d.type() == null) {
            errors.add(FieldError.of("type", "required"));
        }
        if (d.title() == null) {
            errors.add(FieldError.of("title", "required"));
        }
        ZoneId zone = zone(d.zone(), errors);
        if (d.start() == null) {
            errors.add(FieldError.of("start", "required"));
        }
        if (d.end() == null) {
            errors.add(FieldError.of("end", "required"));
        }
        if (d.start() != null && d.end() != null && zone != null) {
            var start = d.start().atZone(zone).toInstant();
            var end = d.end().atZone(zone).toInstant();
            if (!end.isAfter(start)) {
                errors.add(FieldError.of("end", "meetings.endBeforeStart"));
            } else if (Duration.between(start, end).compareTo(LONGEST_MEETING) > 0) {
                errors.add(FieldError.of("end", "meetings.tooLong", LONGEST_MEETING.toDays()));
            } else if (d.type() == org.salwhub.meetings.api.MeetingType.PREPCOM
                    && d.end().toLocalDate().toEpochDay() - d.start().toLocalDate().toEpochDay() + 1 > PREPCOM_MAX_DAYS) {
                errors.add(FieldError.of("end", "meetings.prepcomTooLong", PREPCOM_MAX_DAYS));
            }
        }
        boolean venue = d.city() != null && !d.city().isBlank();
        boolean online = d.onlineLink() != null && !d.onlineLink().isBlank();
        if (!venue && !online) {
            errors.add(FieldError.of("city", "meetings.venueOrLink"));
        }
        if (online && !d.onlineLink().strip().startsWith("https://")) {
            errors.add(FieldError.of("onlineLink", "meetings.httpsLink"));
        }
        for (String language : d.languages()) {
            if (!LANGUAGES.contains(language)) {
                errors.add(FieldError.of("languages", "meetings.language", language));
            }
        }
        if (d.capacity() != null && d.capacity() < 1) {
            errors.add(FieldError.of("capacity", "meetings.capacity"));
        }
        if (d.ordinal() != null && d.ordinal() < 1) {
            errors.add(FieldError.of("ordinal", "meetings.ordinal"));
        }
        if (d.relatedMeeting() != null && d.type() != null && !d.type().isRegional()) {
            errors.add(FieldError.of("relatedMeeting", "meetings.relatedOnlyRegional"));
        }
        length(errors, "series", d.series(), 80);
        length(errors, "room", d.room(), 200);
        length(errors, "city", d.city(), 120);
        length(errors, "onlineLink", d.onlineLink(), 500);
        if (d.title() != null) {
            length(errors, "title", d.title().en(), 300);
            length(errors, "title", d.title().fr(), 300);
            length(errors, "title", d.title().ar(), 300);
        }
        if (String.join("\n", d.topics()).length() > 2000) {
            errors.add(FieldError.of("topics", "tooLong", 2000));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    public static void check(SessionDetails d, org.salwhub.meetings.api.MeetingDetails meeting) {
        List<FieldError> errors = new ArrayList<>();
        if (d.title() == null || d.title().isBlank()) {
            errors.add(FieldError.of("title", "required"));
        }
        length(errors, "title", d.title(), 300);
        length(errors, "room", d.room(), 200);
        if (d.start() == null) {
            errors.add(FieldError.of("start", "required"));
        }
        if (d.end() == null) {
            errors.add(FieldError.of("end", "required"));
        }
        if (d.start() != null && d.end() != null) {
            if (!d.end().isAfter(d.start())) {
                errors.add(FieldError.of("end", "meetings.endBeforeStart"));
            }
            if (d.start().isBefore(meeting.start()) || d.end().isAfter(meeting.end())) {
                errors.add(FieldError.of("start", "meetings.sessionOutsideMeeting"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    public static void check(DocumentDetails d) {
        List<FieldError> errors = new ArrayList<>();
        if (d.symbol() == null || d.symbol().isBlank()) {
            errors.add(FieldError.of("symbol", "required"));
        } else if (!d.symbol().strip().matches("[A-Z][A-Z0-9.]*(/[A-Za-z0-9.()\\-]+)+")) {
            errors.add(FieldError.of("symbol", "meetings.symbol"));
        }
        length(errors, "symbol", d.symbol(), 80);
        if (d.title() == null || d.title().isBlank()) {
            errors.add(FieldError.of("title", "required"));
        }
        length(errors, "title", d.title(), 500);
        if (d.type() == null) {
            errors.add(FieldError.of("type", "required"));
        }
        if (d.access() == null) {
            errors.add(FieldError.of("access", "required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    static ZoneId zone(String zone, List<FieldError> errors) {
        if (zone == null || zone.isBlank()) {
            errors.add(FieldError.of("zone", "required"));
            return null;
        }
        try {
            if (!ZoneId.getAvailableZoneIds().contains(zone)) {
                throw new DateTimeException(zone);
            }
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            errors.add(FieldError.of("zone", "meetings.zone", zone));
            return null;
        }
    }

    private static void length(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(FieldError.of(field, "tooLong", max));
        }
    }
}
