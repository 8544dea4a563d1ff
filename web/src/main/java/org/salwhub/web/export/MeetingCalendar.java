package org.salwhub.web.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.salwhub.meetings.api.MeetingDetails;
import org.salwhub.meetings.api.MeetingStatus;
import org.salwhub.meetings.api.MeetingView;

/**
 * Writes meetings as iCalendar (RFC 5545) with ical4j: each event carries its start and end in the meeting's own
 * zone ({@code DTSTART;TZID=…}) with the matching VTIMEZONE, a UID that never changes
 * ({@code <meeting id>@salwhub}) and the meeting's SEQUENCE, which the module raises on every change, so
 * calendar applications replace their copy. Cancelled meetings stay in the feed with {@code STATUS:CANCELLED}.
 */
public final class MeetingCalendar {

    public static final String MEDIA_TYPE = "text/calendar;charset=utf-8";
    static final String UID_DOMAIN = "@salwhub";

    static {
        // the bundled zone definitions are enough; never fetch zones from tzurl.org at run time
        System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
    }

    private MeetingCalendar() {
    }

    /**
     * The calendar of {@code meetings}, titles in {@code locale}; {@code link} gives each meeting's page URL and
     * {@code name} the calendar's display name.
     */
    public static byte[] write(List<MeetingView> meetings, Locale locale, Function<MeetingView, String> link,
                               String name) {
        TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//SALW Hub//Meetings//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        if (name != null) {
            calendar.add(new XProperty("X-WR-CALNAME", name));
        }
        Map<String, Boolean> zonesAdded = new LinkedHashMap<>();
        for (MeetingView meeting : meetings) {
            String zone = meeting.details().zone();
            if (zonesAdded.putIfAbsent(zone, Boolean.TRUE) == null) {
                calendar.add(zones.getTimeZone(zone).getVTimeZone());
            }
            calendar.add(event(meeting, locale, link.apply(meeting)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static VEvent event(MeetingView meeting, Locale locale, String url) {
        MeetingDetails d = meeting.details();
        ZonedDateTime start = meeting.startIn(meeting.zone());
        ZonedDateTime end = meeting.endIn(meeting.zone());
        VEvent event = new VEvent(start, end, d.title().in(locale));
        event.add(new Uid(meeting.id() + UID_DOMAIN));
        event.add(new Sequence(meeting.sequence()));
        if (meeting.updatedAt() != null) {
            event.add(new LastModified(meeting.updatedAt()));
        }
        String location = location(d);
        if (!location.isEmpty()) {
            event.add(new Location(location));
        }
        StringBuilder description = new StringBuilder();
        if (d.onlineLink() != null) {
            description.append(d.onlineLink());
        }
        if (meeting.statusReason() != null && (meeting.status() == MeetingStatus.CANCELLED
                || meeting.status() == MeetingStatus.POSTPONED)) {
            description.append(description.isEmpty() ? "" : "\n").append(meeting.statusReason());
        }
        if (!description.isEmpty()) {
            event.add(new Description(description.toString()));
        }
        if (url != null) {
            event.add(new Url(java.net.URI.create(url)));
        }
        Status status = switch (meeting.status()) {
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
            case DRAFT, POSTPONED -> ImmutableStatus.VEVENT_TENTATIVE;
            default -> ImmutableStatus.VEVENT_CONFIRMED;
        };
        event.add(status);
        return event;
    }

    static String location(MeetingDetails d) {
        StringBuilder place = new StringBuilder();
        for (String part : new String[]{d.room(), d.city()}) {
            if (part != null && !part.isBlank()) {
                place.append(place.isEmpty() ? "" : ", ").append(part);
            }
        }
        if (d.onlineLink() != null) {
            place.append(place.isEmpty() ? "" : " / ").append(d.onlineLink());
        }
        return place.toString();
    }
}
