package org.salwhub.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The time zone the viewer reads meeting times in: the one they chose on the calendar page, else the browser's
 * (the page's script stores it in the {@value #COOKIE} cookie), else UTC. Formats instants in that zone and in a
 * meeting's own zone, with the language's digits.
 */
@Named
@RequestScoped
public class ViewerZone {

    public static final String COOKIE = "salwhub_tz";

    /** Zones offered in the chooser, besides the browser's and the meetings' own. */
    public static final List<String> COMMON = List.of("UTC", "Africa/Nairobi", "Africa/Khartoum", "Africa/Addis_Ababa",
            "Africa/Kampala", "Africa/Bujumbura", "Africa/Kigali", "Africa/Kinshasa", "Africa/Dar_es_Salaam",
            "Europe/Geneva", "Europe/Vienna", "Europe/Brussels", "Europe/Berlin", "America/New_York");

    private ZoneId zone;

    public ZoneId getZone() {
        if (zone == null) {
            zone = fromCookie();
        }
        return zone;
    }

    public String getId() {
        return getZone().getId();
    }

    public List<String> getCommon() {
        return COMMON;
    }

    /** Remembers the viewer's choice for a year. */
    public void choose(String id) {
        ZoneId chosen = parse(id);
        if (chosen == null) {
            return;
        }
        zone = chosen;
        FacesContext.getCurrentInstance().getExternalContext().addResponseCookie(COOKIE, chosen.getId(),
                Map.of("maxAge", 365 * 24 * 3600, "path", "/", "httpOnly", Boolean.FALSE));
    }

    /** Date and time in the viewer's zone, with the zone's short name. */
    public String dateTime(Instant instant) {
        return format(instant, getZone());
    }

    /** Date and time in {@code zoneId}, with the zone's short name. */
    public String dateTimeIn(Instant instant, String zoneId) {
        return format(instant, ZoneId.of(zoneId));
    }

    /** The hours only (for sessions), in the viewer's zone. */
    public String time(Instant instant) {
        Locale locale = locale();
        return instant == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)
                .withDecimalStyle(DecimalStyle.of(locale)).format(instant.atZone(getZone()));
    }

    /** Whether the viewer's zone shows this instant at another wall-clock time than the meeting's zone. */
    public boolean differs(Instant instant, String zoneId) {
        return instant != null && !instant.atZone(getZone()).toLocalDateTime()
                .equals(instant.atZone(ZoneId.of(zoneId)).toLocalDateTime());
    }

    private String format(Instant instant, ZoneId in) {
        if (instant == null) {
            return "";
        }
        Locale locale = locale();
        ZonedDateTime at = instant.atZone(in);
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withDecimalStyle(DecimalStyle.of(locale)).format(at) + " (" + zoneName(in, at) + ")";
    }

    /** "Africa/Nairobi, UTC+03:00": the IANA name and the offset in force at that instant. */
    static String zoneName(ZoneId zone, ZonedDateTime at) {
        return zone.getId().equals("UTC") ? "UTC" : zone.getId().replace('_', ' ') + ", UTC"
                + DateTimeFormatter.ofPattern("xxx").withLocale(Locale.ROOT).format(at);
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }

    private static ZoneId fromCookie() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            ExternalContext external = faces.getExternalContext();
            Object cookie = external.getRequestCookieMap().get(COOKIE);
            if (cookie instanceof jakarta.servlet.http.Cookie c) {
                ZoneId parsed = parse(java.net.URLDecoder.decode(c.getValue(), java.nio.charset.StandardCharsets.UTF_8));
                if (parsed != null) {
                    return parsed;
                }
            }
        }
        return ZoneId.of("UTC");
    }

    static ZoneId parse(String id) {
        if (id == null || id.isBlank() || id.length() > 60) {
            return null;
        }
        try {
            return ZoneId.getAvailableZoneIds().contains(id) || "UTC".equals(id) ? ZoneId.of(id) : null;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
