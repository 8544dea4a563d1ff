package org.salwhub.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The iCalendar exports, read back with an independent parser (biweekly, not the ical4j that wrote them): one
 * meeting's .ics with its VTIMEZONE and a stable UID whose SEQUENCE rises on every change, and a personal feed that
 * opens without a password through its secret URL until the secret is revoked.
 */
class MeetingCalendarIT {

    static final String PASSWORD = "SalwHub#2026";

    /** The run's one server (see {@link TestServer}). */
    final URL base = TestServer.url();

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(base);
    }

    JsonObject createMeeting(String staff, String title, LocalDateTime start, LocalDateTime end, String zone) {
        ApiClient.Reply reply = api.post("api/v1/meetings", staff, Json.createObjectBuilder()
                .add("type", "REGIONAL_PREPARATORY").add("titleEn", title).add("titleAr", "اجتماع " + title)
                .add("start", start.toString()).add("end", end.toString()).add("zone", zone).add("city", "Nairobi")
                .add("room", "Room " + UUID.randomUUID()).build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    JsonObject move(String staff, JsonObject meeting, String status) {
        ApiClient.Reply reply = api.post("api/v1/meetings/" + meeting.getString("id") + "/status", staff,
                Json.createObjectBuilder().add("status", status).add("version", meeting.getJsonNumber("version")
                        .longValue()).build().toString());
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static VEvent event(ICalendar calendar, String meetingId) {
        return calendar.getEvents().stream().filter(e -> e.getUid().getValue().equals(meetingId + "@salwhub"))
                .findFirst().orElseThrow(() -> new AssertionError("no event for " + meetingId));
    }

    @Test
    void oneMeetingsIcsParsesElsewhereWithItsZoneAndTheRightInstant() {
        String staff = api.token("staff", PASSWORD);
        String kenya = api.token("fp.kenya", PASSWORD);
        // Nairobi, UTC+3 all year: 09:00 there is 06:00 UTC, and 02:00 in New York (EDT)
        JsonObject m = move(staff, createMeeting(staff, "ICS " + UUID.randomUUID(), LocalDateTime.of(2031, 5, 12, 9, 0),
                LocalDateTime.of(2031, 5, 14, 17, 0), "Africa/Nairobi"), "ANNOUNCED");
        HttpResponse<String> reply = get("api/v1/meetings/" + m.getString("id") + "/calendar.ics", kenya);
        assertEquals(200, reply.statusCode(), reply.body());
        assertTrue(reply.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        String ics = reply.body();
        assertTrue(ics.contains("DTSTART;TZID=Africa/Nairobi:20310512T090000"), ics);

        List<ICalendar> parsed = Biweekly.parse(ics).all();
        assertEquals(1, parsed.size());
        ICalendar calendar = parsed.get(0);
        VTimezone zone = calendar.getTimezoneInfo().getComponents().stream().findFirst().orElse(null);
        assertNotNull(zone, "the VTIMEZONE is there");
        assertEquals("Africa/Nairobi", zone.getTimezoneId().getValue());
        VEvent event = event(calendar, m.getString("id"));
        Instant start = event.getDateStart().getValue().toInstant();
        Instant end = event.getDateEnd().getValue().toInstant();
        assertEquals(Instant.parse("2031-05-12T06:00:00Z"), start);
        assertEquals(Instant.parse("2031-05-14T14:00:00Z"), end);
        assertEquals(LocalDateTime.of(2031, 5, 12, 2, 0), LocalDateTime.ofInstant(start, ZoneId.of("America/New_York")),
                "a reader in New York sees 02:00");
        assertEquals(m.getString("titleEn"), event.getSummary().getValue());
        int sequence = event.getSequence().getValue();

        // the Arabic title for an Arabic reader
        String arabic = get("api/v1/meetings/" + m.getString("id") + "/calendar.ics?lang=ar", kenya).body();
        assertEquals("اجتماع " + m.getString("titleEn"),
                event(Biweekly.parse(arabic).first(), m.getString("id")).getSummary().getValue());

        // a change: same UID, higher SEQUENCE, new time
        JsonObject moved = move(staff, m, "REGISTRATION_OPEN");
        ApiClient.Reply edited = api.put("api/v1/meetings/" + m.getString("id"), staff, Json.createObjectBuilder()
                .add("type", "REGIONAL_PREPARATORY").add("titleEn", m.getString("titleEn"))
                .add("start", "2031-05-13T09:00").add("end", "2031-05-15T17:00").add("zone", "Africa/Nairobi")
                .add("city", "Nairobi").add("version", moved.getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, edited.status(), edited.body());
        VEvent updated = event(Biweekly.parse(get("api/v1/meetings/" + m.getString("id") + "/calendar.ics", kenya)
                .body()).first(), m.getString("id"));
        assertTrue(updated.getSequence().getValue() > sequence, "SEQUENCE rises");
        assertEquals(Instant.parse("2031-05-13T06:00:00Z"), updated.getDateStart().getValue().toInstant());
    }

    @Test
    void aDaylightSavingZoneIsWrittenSoThatAnotherParserFindsTheSameInstants() {
        String staff = api.token("staff", PASSWORD);
        // New York, across the change to summer time on 9 March 2031
        JsonObject m = move(staff, createMeeting(staff, "DST " + UUID.randomUUID(), LocalDateTime.of(2031, 3, 7, 10, 0),
                LocalDateTime.of(2031, 3, 11, 18, 0), "America/New_York"), "ANNOUNCED");
        VEvent event = event(Biweekly.parse(get("api/v1/meetings/" + m.getString("id") + "/calendar.ics", staff)
                .body()).first(), m.getString("id"));
        assertEquals(Instant.parse("2031-03-07T15:00:00Z"), event.getDateStart().getValue().toInstant(), "EST");
        assertEquals(Instant.parse("2031-03-11T22:00:00Z"), event.getDateEnd().getValue().toInstant(), "EDT");
        assertEquals(LocalDateTime.of(2031, 3, 7, 18, 0),
                LocalDateTime.ofInstant(event.getDateStart().getValue().toInstant(), ZoneId.of("Africa/Nairobi")));
    }

    @Test
    void remindersReachTheInvitedFocalPointsOnceHoweverOftenTheyRun() {
        String staff = api.token("staff", PASSWORD);
        String kenya = api.token("fp.kenya", PASSWORD);
        String title = "Reminded " + UUID.randomUUID();
        java.time.LocalDate soon = java.time.LocalDate.now(ZoneId.of("Africa/Nairobi")).plusDays(5);
        ApiClient.Reply created = api.post("api/v1/meetings", staff, Json.createObjectBuilder()
                .add("type", "WORKSHOP").add("titleEn", title).add("start", soon.atTime(9, 0).toString())
                .add("end", soon.atTime(17, 0).toString()).add("zone", "Africa/Nairobi").add("city", "Nairobi")
                .add("registrationDeadline", soon.minusDays(2).toString()).build().toString());
        assertEquals(201, created.status(), created.body());
        JsonObject m = created.json();
        api.post("api/v1/meetings/" + m.getString("id") + "/invitations", staff, Json.createObjectBuilder()
                .add("kind", "STATE").add("invitee", "KE").build().toString());
        move(staff, move(staff, m, "ANNOUNCED"), "REGISTRATION_OPEN");

        assertEquals(403, api.post("api/v1/meetings/reminders", kenya, "{}").status());
        ApiClient.Reply first = api.post("api/v1/meetings/reminders", staff, "{}");
        assertEquals(200, first.status(), first.body());
        assertTrue(first.json().getInt("sent") >= 2, "the meeting and its registration deadline: " + first.body());
        api.post("api/v1/meetings/reminders", staff, "{}");
        api.post("api/v1/meetings/reminders", staff, "{}");

        List<JsonObject> mine = api.get("api/v1/me/notifications?max=200", kenya).json().getJsonArray("entries")
                .stream().map(v -> v.asJsonObject())
                .filter(e -> e.getString("link", "").contains(m.getString("id"))).toList();
        assertEquals(1, mine.stream().filter(e -> e.getString("topic").equals("meetings.reminder.meeting")).count(),
                "one reminder of the meeting, however often the timer runs: " + mine);
        assertEquals(1, mine.stream().filter(e -> e.getString("topic").equals("meetings.reminder.registration"))
                .count(), mine.toString());
        assertTrue(mine.stream().allMatch(e -> e.getString("subject").contains(title)), mine.toString());
        assertTrue(api.get("api/v1/me/notifications?max=200", api.token("fp.burundi", PASSWORD)).json()
                .getJsonArray("entries").stream().noneMatch(e -> e.asJsonObject().getString("link", "")
                        .contains(m.getString("id"))), "Burundi was not invited");
    }

    @Test
    void eachInvitedFocalPointIsRemindedInTheirOwnLanguageWithTheTitleInThatLanguage() {
        String staff = api.token("staff", PASSWORD);
        String id = UUID.randomUUID().toString().substring(0, 8);
        String en = "Regional workshop on marking " + id;
        String fr = "Atelier régional sur le marquage " + id;
        String ar = "ورشة إقليمية بشأن الوسم " + id;
        java.time.LocalDate soon = java.time.LocalDate.now(ZoneId.of("Africa/Nairobi")).plusDays(4);
        ApiClient.Reply created = api.post("api/v1/meetings", staff, Json.createObjectBuilder()
                .add("type", "WORKSHOP").add("titleEn", en).add("titleFr", fr).add("titleAr", ar)
                .add("start", soon.atTime(9, 0).toString()).add("end", soon.atTime(17, 0).toString())
                .add("zone", "Africa/Nairobi").add("city", "Nairobi").build().toString());
        assertEquals(201, created.status(), created.body());
        JsonObject m = created.json();
        for (String iso : List.of("KE", "SD", "BI")) {
            ApiClient.Reply invited = api.post("api/v1/meetings/" + m.getString("id") + "/invitations", staff,
                    Json.createObjectBuilder().add("kind", "STATE").add("invitee", iso).build().toString());
            assertEquals(201, invited.status(), invited.body());
        }
        move(staff, m, "ANNOUNCED");
        assertEquals(200, api.post("api/v1/meetings/reminders", staff, "{}").status());

        // fp.kenya reads English, fp.sudan Arabic and fp.burundi French (their accounts' language)
        assertEquals("Reminder: " + en, reminderSubject("fp.kenya", m));
        assertEquals("تذكير: " + ar, reminderSubject("fp.sudan", m));
        assertEquals("Rappel : " + fr, reminderSubject("fp.burundi", m));

        // and so are their e-mails, rendered once for each recipient when the reminder went out
        List<JsonObject> mails = api.get("api/v1/admin/outbox?max=500", staff).json().getJsonArray("recent").stream()
                .map(v -> v.asJsonObject()).filter(x -> x.getString("subject").endsWith(id)).toList();
        assertTrue(mails.stream().anyMatch(x -> x.getString("language").equals("ar")
                && x.getString("subject").equals("تذكير: " + ar)), mails.toString());
        assertTrue(mails.stream().anyMatch(x -> x.getString("language").equals("fr")
                && x.getString("subject").equals("Rappel : " + fr)), mails.toString());
        assertTrue(mails.stream().noneMatch(x -> x.getString("language").equals("ar")
                && !x.getString("subject").contains(ar)), "no Arabic reader gets another language's title");
    }

    private String reminderSubject(String username, JsonObject meeting) {
        List<String> subjects = api.get("api/v1/me/notifications?max=200", api.token(username, PASSWORD)).json()
                .getJsonArray("entries").stream().map(v -> v.asJsonObject())
                .filter(e -> e.getString("link", "").contains(meeting.getString("id"))
                        && e.getString("topic").equals("meetings.reminder.meeting"))
                .map(e -> e.getString("subject")).toList();
        assertEquals(1, subjects.size(), username + ": " + subjects);
        return subjects.get(0);
    }

    @Test
    void thePersonalFeedOpensWithItsSecretOnlyAndStopsWhenRevoked() {
        String staff = api.token("staff", PASSWORD);
        String kenya = api.token("fp.kenya", PASSWORD);
        JsonObject invited = move(staff, createMeeting(staff, "Feed " + UUID.randomUUID(),
                LocalDateTime.of(2032, 2, 2, 9, 0), LocalDateTime.of(2032, 2, 3, 17, 0), "Africa/Nairobi"), "ANNOUNCED");
        JsonObject notInvited = move(staff, createMeeting(staff, "Other " + UUID.randomUUID(),
                LocalDateTime.of(2032, 2, 9, 9, 0), LocalDateTime.of(2032, 2, 10, 17, 0), "Africa/Nairobi"), "ANNOUNCED");
        assertEquals(201, api.post("api/v1/meetings/" + invited.getString("id") + "/invitations", staff,
                Json.createObjectBuilder().add("kind", "STATE").add("invitee", "KE").build().toString()).status());

        ApiClient.Reply issued = api.post("api/v1/meetings/feed", kenya, "{}");
        assertEquals(201, issued.status(), issued.body());
        String url = issued.json().getString("url");
        assertTrue(url.contains("/api/v1/calendar-feeds/"), url);
        String path = url.substring(url.indexOf("api/v1/"));

        HttpResponse<String> feed = get(path, null);
        assertEquals(200, feed.statusCode(), "no password: " + feed.body());
        ICalendar calendar = Biweekly.parse(feed.body()).first();
        List<String> uids = calendar.getEvents().stream().map(e -> e.getUid().getValue()).toList();
        assertTrue(uids.contains(invited.getString("id") + "@salwhub"), "Kenya's meeting is in Kenya's feed");
        assertFalse(uids.contains(notInvited.getString("id") + "@salwhub"), "others' meetings are not");

        assertEquals(404, get("api/v1/calendar-feeds/" + "x".repeat(43) + ".ics", null).statusCode(),
                "a made-up secret opens nothing");
        ApiClient.Reply renewed = api.post("api/v1/meetings/feed", kenya, "{}");
        assertEquals(404, get(path, null).statusCode(), "a new secret revokes the old one");
        String newPath = renewed.json().getString("url").substring(renewed.json().getString("url").indexOf("api/v1/"));
        assertEquals(200, get(newPath, null).statusCode());
        assertEquals(204, api.delete("api/v1/meetings/feed", kenya).status());
        assertEquals(404, get(newPath, null).statusCode(), "revoked");
    }
}
