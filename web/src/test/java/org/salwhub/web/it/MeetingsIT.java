package org.salwhub.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The meetings module through the API, as the demo accounts: the status machine, the PoA cycle generator's dates,
 * times across a daylight-saving change, each kind of conflict, the delegation registration rules with capacity and
 * waiting list, and who may see and do what. Each test makes its own meetings, rooms, series and persons.
 */
class MeetingsIT {

    static final String PASSWORD = "SalwHub#2026";
    /** Years far enough apart that this class's meetings never meet the demo's. */
    static final AtomicInteger YEAR = new AtomicInteger(2040);

    /** The run's one server (see {@link TestServer}). */
    final URL base = TestServer.url();

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(base);
    }

    private String token(String username) {
        return api.token(username, PASSWORD);
    }

    // ------------------------------------------------------------------ helpers

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static JsonObjectBuilder meeting(String type, String title, LocalDateTime start, LocalDateTime end, String zone) {
        return Json.createObjectBuilder().add("type", type).add("titleEn", title).add("start", start.toString())
                .add("end", end.toString()).add("zone", zone).add("city", "Nairobi");
    }

    JsonObject create(String staff, JsonObjectBuilder body) {
        ApiClient.Reply reply = api.post("api/v1/meetings", staff, body.build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    ApiClient.Reply move(String token, JsonObject meeting, String status, String reason) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("status", status)
                .add("version", meeting.getJsonNumber("version").longValue());
        if (reason != null) {
            body.add("reason", reason);
        }
        return api.post("api/v1/meetings/" + meeting.getString("id") + "/status", token, body.build().toString());
    }

    JsonObject moved(String staff, JsonObject meeting, String status) {
        ApiClient.Reply reply = move(staff, meeting, status, null);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    JsonObject openForRegistration(String staff, JsonObject meeting) {
        return moved(staff, moved(staff, meeting, "ANNOUNCED"), "REGISTRATION_OPEN");
    }

    String stateId(String iso, String token) {
        return api.get("api/v1/states/" + iso, token).json().getJsonObject("state").getString("id");
    }

    /** A new person of a State, recorded by staff. */
    String person(String staff, String iso, String sex) {
        ApiClient.Reply reply = api.post("api/v1/persons", staff, Json.createObjectBuilder()
                .add("stateId", stateId(iso, staff)).add("givenName", "Test").add("familyName", unique("Delegate"))
                .add("sex", sex).build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("id");
    }

    ApiClient.Reply register(String token, JsonObject meeting, String person, String state, String role) {
        return api.post("api/v1/meetings/" + meeting.getString("id") + "/registrations", token,
                Json.createObjectBuilder().add("person", person).add("category", "STATE_DELEGATE").add("state", state)
                        .add("role", role).add("consentToList", true).build().toString());
    }

    static String code(ApiClient.Reply reply) {
        return reply.json().getJsonArray("errors").getJsonObject(0).getString("code");
    }

    static LocalDateTime at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0);
    }

    // ------------------------------------------------------------------ status

    @Test
    void theStatusMachineRefusesIllegalMovesAndKeepsTheReasonOfAPostponement() {
        String staff = token("staff");
        int year = YEAR.getAndIncrement();
        JsonObject m = create(staff, meeting("WORKSHOP", unique("Status workshop"), at(year, 5, 3, 9),
                at(year, 5, 4, 17), "Africa/Nairobi"));
        assertEquals("DRAFT", m.getString("status"));

        ApiClient.Reply skip = move(staff, m, "IN_SESSION", null);
        assertEquals(400, skip.status(), skip.body());
        assertEquals("meetings.status.illegal", code(skip));

        m = moved(staff, m, "ANNOUNCED");
        ApiClient.Reply noReason = move(staff, m, "POSTPONED", null);
        assertEquals(400, noReason.status());
        assertEquals("required", code(noReason));
        ApiClient.Reply postponed = move(staff, m, "POSTPONED", "Venue unavailable");
        assertEquals(200, postponed.status(), postponed.body());
        m = postponed.json();
        assertEquals("POSTPONED", m.getString("status"));
        assertEquals("Venue unavailable", m.getString("statusReason"));

        assertEquals(400, move(staff, m, "REGISTRATION_OPEN", null).status(), "postponed goes back to announced first");
        m = moved(staff, m, "ANNOUNCED");
        assertEquals("Venue unavailable", m.getString("statusReason"), "the postponement stays on record");
        m = moved(staff, m, "REGISTRATION_OPEN");
        m = moved(staff, m, "REGISTRATION_CLOSED");
        m = moved(staff, m, "IN_SESSION");
        assertEquals(400, move(staff, m, "CANCELLED", "too late").status(), "a meeting in session is not cancelled");
        m = moved(staff, m, "CONCLUDED");
        m = moved(staff, m, "OUTCOME_PUBLISHED");
        assertEquals(400, move(staff, m, "ANNOUNCED", null).status());

        JsonObject other = create(staff, meeting("WORKSHOP", unique("Cancelled workshop"), at(year, 6, 3, 9),
                at(year, 6, 3, 17), "Africa/Nairobi"));
        ApiClient.Reply cancelled = move(staff, other, "CANCELLED", "No funding");
        assertEquals("CANCELLED", cancelled.json().getString("status"));
        assertEquals(400, move(staff, cancelled.json(), "ANNOUNCED", null).status(), "cancelled is final");

        String kenya = token("fp.kenya");
        assertEquals(403, move(kenya, m, "CONCLUDED", null).status(), "only staff move meetings");
    }

    @Test
    void aDraftIsSeenByStaffOnly() {
        String staff = token("staff");
        String kenya = token("fp.kenya");
        int year = YEAR.getAndIncrement();
        JsonObject m = create(staff, meeting("STEERING_COMMITTEE", unique("Draft committee"), at(year, 2, 1, 9),
                at(year, 2, 1, 12), "Africa/Nairobi"));
        assertEquals(404, api.get("api/v1/meetings/" + m.getString("id"), kenya).status());
        assertFalse(api.get("api/v1/meetings", kenya).body().contains(m.getString("id")));
        assertEquals(200, api.get("api/v1/meetings/" + m.getString("id"), staff).status());
        assertEquals(403, api.post("api/v1/meetings", kenya, meeting("WORKSHOP", "Mine", at(year, 3, 1, 9),
                at(year, 3, 1, 12), "Africa/Nairobi").build().toString()).status());
        moved(staff, m, "ANNOUNCED");
        assertEquals(200, api.get("api/v1/meetings/" + m.getString("id"), kenya).status());
    }

    @Test
    void invalidMeetingsAreRefusedWithEveryError() {
        String staff = token("staff");
        ApiClient.Reply reply = api.post("api/v1/meetings", staff, Json.createObjectBuilder().add("type", "PREPCOM")
                .add("titleEn", "Too long PrepCom").add("start", "2041-03-04T10:00").add("end", "2041-03-11T18:00")
                .add("zone", "Mars/Olympus").add("onlineLink", "http://insecure.example").build().toString());
        assertEquals(400, reply.status(), reply.body());
        List<String> codes = reply.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("code")).toList();
        assertTrue(codes.contains("meetings.zone"), codes.toString());
        assertTrue(codes.contains("meetings.httpsLink"), codes.toString());
        ApiClient.Reply prepcom = api.post("api/v1/meetings", staff, meeting("PREPCOM", "Long PrepCom",
                at(2041, 3, 4, 10), at(2041, 3, 11, 18), "America/New_York").build().toString());
        assertEquals("meetings.prepcomTooLong", code(prepcom));
    }

    // ------------------------------------------------------------------ cycle generator

    @Test
    void theCycleGeneratorPlansBiennialMeetingsInYearsTwoAndFourAndTheReviewInYearSix() {
        String staff = token("staff");
        ApiClient.Reply reply = api.post("api/v1/meetings/cycles", staff, Json.createObjectBuilder()
                .add("firstYear", 2049).add("firstBmsOrdinal", 13).add("reviewConferenceOrdinal", 7)
                .add("zone", "America/New_York").add("city", "New York").add("venueCountry", "US").build().toString());
        assertEquals(201, reply.status(), reply.body());
        JsonArray cycle = reply.structure().asJsonArray();
        assertEquals(4, cycle.size());
        JsonObject bms1 = cycle.getJsonObject(0);
        JsonObject bms2 = cycle.getJsonObject(1);
        JsonObject prepcom = cycle.getJsonObject(2);
        JsonObject revcon = cycle.getJsonObject(3);
        assertEquals(List.of("BMS", "BMS", "PREPCOM", "REVIEW_CONFERENCE"),
                cycle.stream().map(v -> v.asJsonObject().getString("type")).toList());
        cycle.forEach(v -> assertEquals("DRAFT", v.asJsonObject().getString("status")));

        LocalDate bms1Start = thirdMonday(2050, 6);
        assertEquals(bms1Start.atTime(10, 0), LocalDateTime.parse(bms1.getString("start")), "year 2");
        assertEquals(bms1Start.plusDays(4).atTime(18, 0), LocalDateTime.parse(bms1.getString("end")),
                "one week, Monday to Friday");
        assertEquals(thirdMonday(2052, 6).atTime(10, 0), LocalDateTime.parse(bms2.getString("start")), "year 4");
        LocalDate prep = thirdMonday(2054, 3);
        assertEquals(prep.atTime(10, 0), LocalDateTime.parse(prepcom.getString("start")), "year 6, early");
        assertEquals(prep.plusDays(4).atTime(18, 0), LocalDateTime.parse(prepcom.getString("end")),
                "at most five days");
        LocalDate review = thirdMonday(2054, 6);
        assertEquals(review.atTime(10, 0), LocalDateTime.parse(revcon.getString("start")), "year 6");
        assertEquals(review.plusDays(11).atTime(18, 0), LocalDateTime.parse(revcon.getString("end")),
                "two weeks, ending on the second Friday");
        assertEquals(DayOfWeek.FRIDAY, review.plusDays(11).getDayOfWeek());
        assertEquals(bms1Start.minusYears(1).toString(), bms1.getString("chairNominationDeadline"),
                "the chair is nominated a year before");
        assertTrue(bms1.getString("titleEn").startsWith("13th Biennial Meeting"), bms1.getString("titleEn"));
        assertTrue(bms2.getString("titleEn").startsWith("14th Biennial Meeting"), bms2.getString("titleEn"));
        assertTrue(revcon.getString("titleEn").startsWith("7th Review Conference"), revcon.getString("titleEn"));
        assertEquals(Instant.parse(bms1.getString("startsAt")),
                bms1Start.atTime(14, 0).toInstant(java.time.ZoneOffset.UTC), "10:00 in New York in June is 14:00 UTC");

        // editable afterwards: a later start, and the calendar sequence goes up
        JsonObjectBuilder edit = Json.createObjectBuilder(bms1).add("start", bms1Start.plusDays(7).atTime(10, 0).toString())
                .add("end", bms1Start.plusDays(11).atTime(18, 0).toString())
                .add("version", bms1.getJsonNumber("version").longValue()).add("venueCountry", "US");
        edit.remove("id");
        String body = edit.build().toString();
        ApiClient.Reply edited = api.put("api/v1/meetings/" + bms1.getString("id"), staff, body);
        assertEquals(200, edited.status(), edited.body());
        assertEquals(bms1Start.plusDays(7).atTime(10, 0), LocalDateTime.parse(edited.json().getString("start")));
        assertTrue(edited.json().getInt("sequence") > bms1.getInt("sequence"));

        ApiClient.Reply stale = api.put("api/v1/meetings/" + bms1.getString("id"), staff, body);
        assertEquals(409, stale.status(), "a stale version is refused: " + stale.body());
        assertEquals(403, api.post("api/v1/meetings/cycles", token("fp.kenya"), Json.createObjectBuilder()
                .add("firstYear", 2049).build().toString()).status());
    }

    static LocalDate thirdMonday(int year, int month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY));
    }

    // ------------------------------------------------------------------ time zones

    @Test
    void timesStayRightAcrossADaylightSavingChange() {
        String staff = token("staff");
        // Europe/Zurich moves to summer time on Sunday 28 March 2027: the meeting spans the change
        JsonObject m = create(staff, meeting("EXPERTS_MEETING", unique("Geneva experts"), at(2027, 3, 26, 9),
                at(2027, 3, 29, 17), "Europe/Zurich").add("city", "Geneva"));
        assertEquals(Instant.parse("2027-03-26T08:00:00Z"), Instant.parse(m.getString("startsAt")), "09:00 CET");
        assertEquals(Instant.parse("2027-03-29T15:00:00Z"), Instant.parse(m.getString("endsAt")), "17:00 CEST");

        ApiClient.Reply friday = api.post("api/v1/meetings/" + m.getString("id") + "/sessions", staff,
                Json.createObjectBuilder().add("title", "Friday").add("start", "2027-03-26T09:00")
                        .add("end", "2027-03-26T12:00").build().toString());
        ApiClient.Reply monday = api.post("api/v1/meetings/" + m.getString("id") + "/sessions", staff,
                Json.createObjectBuilder().add("title", "Monday").add("start", "2027-03-29T09:00")
                        .add("end", "2027-03-29T12:00").build().toString());
        assertEquals(201, monday.status(), monday.body());
        assertEquals(Instant.parse("2027-03-26T08:00:00Z"), Instant.parse(friday.json().getString("startsAt")));
        assertEquals(Instant.parse("2027-03-29T07:00:00Z"), Instant.parse(monday.json().getString("startsAt")),
                "the same wall-clock hour is one hour earlier in UTC after the change");

        // a viewer in New York (already on summer time since 14 March) and one in Nairobi (no DST)
        JsonObject ny = api.get("api/v1/meetings/" + m.getString("id") + "?tz=America/New_York", staff).json();
        assertEquals(OffsetDateTime.parse("2027-03-26T04:00-04:00"), OffsetDateTime.parse(ny.getString("startInViewer")));
        assertEquals(OffsetDateTime.parse("2027-03-29T11:00-04:00"), OffsetDateTime.parse(ny.getString("endInViewer")));
        JsonObject nairobi = api.get("api/v1/meetings/" + m.getString("id") + "?tz=Africa/Nairobi", staff).json();
        assertEquals(OffsetDateTime.parse("2027-03-26T11:00+03:00"), OffsetDateTime.parse(nairobi.getString("startInViewer")));
        assertEquals(OffsetDateTime.parse("2027-03-29T18:00+03:00"), OffsetDateTime.parse(nairobi.getString("endInViewer")));
    }

    // ------------------------------------------------------------------ conflicts

    @Test
    void aVenueBookedTwiceIsAConflict() {
        String staff = token("staff");
        int year = YEAR.getAndIncrement();
        String room = unique("Room");
        JsonObject a = create(staff, meeting("WORKSHOP", unique("Venue A"), at(year, 4, 5, 9), at(year, 4, 6, 17),
                "Africa/Nairobi").add("room", room));
        JsonObject b = create(staff, meeting("STEERING_COMMITTEE", unique("Venue B"), at(year, 4, 6, 14),
                at(year, 4, 6, 18), "Africa/Nairobi").add("room", room.toUpperCase()));
        JsonObject c = create(staff, meeting("WORKSHOP", unique("Venue C"), at(year, 4, 7, 9), at(year, 4, 7, 17),
                "Africa/Nairobi").add("room", room));
        JsonArray conflicts = api.get("api/v1/meetings/" + a.getString("id") + "/conflicts", staff).structure()
                .asJsonArray();
        assertTrue(has(conflicts, "VENUE_DOUBLE_BOOKED", b.getString("id")), conflicts.toString());
        assertFalse(has(conflicts, "VENUE_DOUBLE_BOOKED", c.getString("id")), "the next day is free");
        JsonArray report = api.get("api/v1/meetings/conflicts", staff).structure().asJsonArray();
        assertTrue(report.stream().map(JsonValue::asJsonObject).anyMatch(x -> x.getString("kind")
                .equals("VENUE_DOUBLE_BOOKED") && List.of(a.getString("id"), b.getString("id"))
                .containsAll(List.of(x.getString("meetingId"), x.getString("otherMeetingId")))), "on the staff report");
        assertEquals(403, api.get("api/v1/meetings/conflicts", token("fp.kenya")).status());
    }

    @Test
    void twoMeetingsOfOneSeriesTooCloseTogetherAreAConflict() {
        String staff = token("staff");
        int year = YEAR.getAndIncrement();
        String series = unique("Series");
        JsonObject first = create(staff, meeting("BMS", unique("BMS one"), at(year, 6, 3, 10), at(year, 6, 7, 18),
                "America/New_York").add("series", series));
        JsonObject soon = create(staff, meeting("BMS", unique("BMS two"), at(year + 1, 1, 10, 10),
                at(year + 1, 1, 14, 18), "America/New_York").add("series", series));
        JsonObject later = create(staff, meeting("BMS", unique("BMS three"), at(year + 3, 6, 3, 10),
                at(year + 3, 6, 7, 18), "America/New_York").add("series", series));
        JsonArray conflicts = api.get("api/v1/meetings/" + first.getString("id") + "/conflicts", staff).structure()
                .asJsonArray();
        assertTrue(has(conflicts, "SERIES_TOO_CLOSE", soon.getString("id")), conflicts.toString());
        assertFalse(has(conflicts, "SERIES_TOO_CLOSE", later.getString("id")), "two years apart is fine");
        JsonArray report = api.get("api/v1/meetings/conflicts", staff).structure().asJsonArray();
        assertTrue(onReport(report, "SERIES_TOO_CLOSE", first, soon), "on the staff report: " + report);
        assertFalse(onReport(report, "SERIES_TOO_CLOSE", first, later), "not on the staff report either");
    }

    @Test
    void aPersonRegisteredInOverlappingMeetingsIsWarnedAtRegistration() {
        String staff = token("staff");
        int year = YEAR.getAndIncrement();
        String person = person(staff, "KE", "FEMALE");
        String kenya = stateId("KE", staff);
        JsonObject a = openForRegistration(staff, create(staff, meeting("WORKSHOP", unique("Overlap A"),
                at(year, 9, 1, 9), at(year, 9, 2, 17), "Africa/Nairobi")));
        JsonObject b = openForRegistration(staff, create(staff, meeting("TRAINING", unique("Overlap B"),
                at(year, 9, 2, 9), at(year, 9, 3, 17), "Africa/Kigali").add("city", "Kigali")));
        ApiClient.Reply first = register(staff, a, person, kenya, "MEMBER");
        assertEquals(201, first.status(), first.body());
        assertEquals(0, first.json().getJsonArray("conflicts").size());
        ApiClient.Reply second = register(staff, b, person, kenya, "MEMBER");
        assertEquals(201, second.status(), second.body());
        JsonArray warnings = second.json().getJsonArray("conflicts");
        assertTrue(has(warnings, "PERSON_OVERLAP", a.getString("id")), warnings.toString());
        assertEquals(person, warnings.getJsonObject(0).getString("person"));

        // meetings that overlap, but whose sessions do not: no clash for the person
        String other = person(staff, "KE", "MALE");
        JsonObject c = openForRegistration(staff, create(staff, meeting("WORKSHOP", unique("Sessions C"),
                at(year, 10, 1, 9), at(year, 10, 2, 17), "Africa/Nairobi")));
        JsonObject d = openForRegistration(staff, create(staff, meeting("WORKSHOP", unique("Sessions D"),
                at(year, 10, 1, 9), at(year, 10, 2, 17), "Africa/Nairobi")));
        session(staff, c, "Morning", at(year, 10, 1, 9), at(year, 10, 1, 12));
        session(staff, d, "Afternoon", at(year, 10, 1, 14), at(year, 10, 1, 17));
        register(staff, c, other, kenya, "MEMBER");
        ApiClient.Reply apart = register(staff, d, other, kenya, "MEMBER");
        assertEquals(0, apart.json().getJsonArray("conflicts").size(), apart.body());
        assertFalse(api.get("api/v1/meetings/conflicts", staff).structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).anyMatch(x -> x.getString("kind").equals("PERSON_OVERLAP")
                        && other.equals(x.getString("person", null))), "sessions apart: no clash on the report either");
        String third = person(staff, "KE", "MALE");
        session(staff, d, "Morning too", at(year, 10, 2, 9), at(year, 10, 2, 12));
        session(staff, c, "Second morning", at(year, 10, 2, 10), at(year, 10, 2, 11));
        register(staff, c, third, kenya, "MEMBER");
        ApiClient.Reply clash = register(staff, d, third, kenya, "MEMBER");
        assertTrue(has(clash.json().getJsonArray("conflicts"), "PERSON_OVERLAP", c.getString("id")), clash.body());

        // the staff report lists the persons' clashes
        JsonArray report = api.get("api/v1/meetings/conflicts", staff).structure().asJsonArray();
        assertTrue(report.stream().map(JsonValue::asJsonObject).anyMatch(x -> x.getString("kind")
                .equals("PERSON_OVERLAP") && person.equals(x.getString("person", null))
                && onReport(report, "PERSON_OVERLAP", a, b)), "on the staff report: " + report);
        assertTrue(report.stream().map(JsonValue::asJsonObject).anyMatch(x -> x.getString("kind")
                .equals("PERSON_OVERLAP") && third.equals(x.getString("person", null))), report.toString());
    }

    static boolean onReport(JsonArray report, String kind, JsonObject one, JsonObject another) {
        List<String> pair = List.of(one.getString("id"), another.getString("id"));
        return report.stream().map(JsonValue::asJsonObject).anyMatch(x -> x.getString("kind").equals(kind)
                && pair.containsAll(List.of(x.getString("meetingId"), x.getString("otherMeetingId"))));
    }

    JsonObject session(String staff, JsonObject meeting, String title, LocalDateTime start, LocalDateTime end) {
        ApiClient.Reply reply = api.post("api/v1/meetings/" + meeting.getString("id") + "/sessions", staff,
                Json.createObjectBuilder().add("title", title).add("start", start.toString())
                        .add("end", end.toString()).build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    static boolean has(JsonArray conflicts, String kind, String other) {
        return conflicts.stream().map(JsonValue::asJsonObject).anyMatch(c -> c.getString("kind").equals(kind)
                && (c.getString("otherMeetingId").equals(other) || c.getString("meetingId").equals(other)));
    }

    // ------------------------------------------------------------------ delegations

    @Test
    void aFocalPointRegistersTheirOwnStatesDelegationOnly() {
        String staff = token("staff");
        String kenyaFp = token("fp.kenya");
        String sudanFp = token("fp.sudan");
        int year = YEAR.getAndIncrement();
        String kenya = stateId("KE", staff);
        String sudan = stateId("SD", staff);
        JsonObject m = create(staff, meeting("REGIONAL_PREPARATORY", unique("Delegations"), at(year, 2, 10, 9),
                at(year, 2, 12, 17), "Africa/Nairobi"));
        String head = person(staff, "KE", "FEMALE");
        String member = person(staff, "KE", "MALE");
        String sudanese = person(staff, "SD", "MALE");

        ApiClient.Reply early = register(kenyaFp, m, head, kenya, "HEAD");
        assertEquals(404, early.status(), "a draft is not even visible to a focal point");
        m = moved(staff, m, "ANNOUNCED");
        assertEquals("meetings.registration.closed", code(register(kenyaFp, m, head, kenya, "HEAD")));
        m = moved(staff, m, "REGISTRATION_OPEN");

        ApiClient.Reply ok = register(kenyaFp, m, head, kenya, "HEAD");
        assertEquals(201, ok.status(), ok.body());
        assertEquals("PENDING", ok.json().getJsonObject("registration").getString("status"));
        assertEquals("fp.kenya", ok.json().getJsonObject("registration").getString("registeredBy"));
        assertEquals("meetings.registration.headExists", code(register(kenyaFp, m, member, kenya, "HEAD")));
        assertEquals("meetings.registration.duplicate", code(register(kenyaFp, m, head, kenya, "MEMBER")));
        assertEquals("meetings.registration.personNotOfState", code(register(kenyaFp, m, sudanese, kenya, "MEMBER")));
        assertEquals(201, register(kenyaFp, m, member, kenya, "MEMBER").status());

        assertEquals(403, register(kenyaFp, m, sudanese, sudan, "HEAD").status(), "not Kenya's delegation");
        assertEquals(403, register(token("donor.eu"), m, sudanese, sudan, "HEAD").status());
        assertEquals(403, api.get("api/v1/meetings/" + m.getString("id") + "/delegations/KE", sudanFp).status());
        assertEquals(201, register(sudanFp, m, sudanese, "SD", "HEAD").status(), "Sudan's own focal point may");

        JsonObject delegation = api.get("api/v1/meetings/" + m.getString("id") + "/delegations/KE", kenyaFp).json();
        assertEquals(2, delegation.getJsonArray("registrations").size());
        JsonArray seen = api.get("api/v1/meetings/" + m.getString("id") + "/registrations", kenyaFp).structure()
                .asJsonArray();
        assertTrue(seen.stream().allMatch(r -> r.asJsonObject().getString("state").equals(kenya)),
                "a focal point sees only their State's registrations");

        // credentials: a PDF by Kenya's focal point; other kinds of file refused; Sudan may not upload for Kenya
        String path = "api/v1/meetings/" + m.getString("id") + "/delegations/KE/credentials?filename=note.pdf";
        assertEquals(201, upload(kenyaFp, path, "application/pdf", "%PDF-1.4 credentials".getBytes()).statusCode());
        assertEquals(400, upload(kenyaFp, path, "application/pdf", "MZ\u0090 not a pdf".getBytes()).statusCode());
        assertEquals(400, upload(kenyaFp, path, "application/pdf", new byte[6 * 1024 * 1024]).statusCode());
        assertEquals(403, upload(sudanFp, path, "application/pdf", "%PDF-1.4 x".getBytes()).statusCode());
        delegation = api.get("api/v1/meetings/" + m.getString("id") + "/delegations/KE", kenyaFp).json();
        assertEquals(1, delegation.getJsonArray("credentials").size());
        assertEquals("application/pdf", delegation.getJsonArray("credentials").getJsonObject(0).getString("contentType"));

        // staff decide; a focal point may not
        JsonObject headReg = ok.json().getJsonObject("registration");
        ApiClient.Reply byFp = decide(kenyaFp, m, headReg, true);
        assertEquals(403, byFp.status());
        ApiClient.Reply approved = decide(staff, m, headReg, true);
        assertEquals("APPROVED", approved.json().getString("status"), approved.body());
        JsonObject participants = Json.createObjectBuilder().add("list",
                api.get("api/v1/meetings/" + m.getString("id") + "/participants", sudanFp).structure()).build();
        assertTrue(participants.toString().contains(head), "approved and consenting: listed for the network");

        JsonObject gender = api.get("api/v1/meetings/" + m.getString("id") + "/gender", staff).json();
        assertEquals(1, gender.getJsonObject("total").getInt("FEMALE"));
        assertEquals(1, gender.getJsonObject("byDelegation").getJsonObject(kenya).getInt("FEMALE"));
    }

    @Test
    void capacityFillsAndTheWaitingListMovesUpWhenASeatFrees() {
        String staff = token("staff");
        int year = YEAR.getAndIncrement();
        String kenya = stateId("KE", staff);
        JsonObject m = openForRegistration(staff, create(staff, meeting("TRAINING", unique("Small training"),
                at(year, 7, 1, 9), at(year, 7, 1, 17), "Africa/Nairobi").add("capacity", 2)));
        JsonObject r1 = register(staff, m, person(staff, "KE", "FEMALE"), kenya, "MEMBER").json().getJsonObject("registration");
        JsonObject r2 = register(staff, m, person(staff, "KE", "MALE"), kenya, "MEMBER").json().getJsonObject("registration");
        JsonObject r3 = register(staff, m, person(staff, "KE", "FEMALE"), kenya, "MEMBER").json().getJsonObject("registration");
        assertEquals("PENDING", r1.getString("status"));
        assertEquals("PENDING", r2.getString("status"));
        assertEquals("WAITLISTED", r3.getString("status"), "the third is beyond the capacity");
        r1 = decide(staff, m, r1, true).json();
        decide(staff, m, r2, true);
        ApiClient.Reply full = decide(staff, m, r3, true);
        assertEquals(400, full.status());
        assertEquals("meetings.registration.full", code(full));

        ApiClient.Reply rejected = api.post("api/v1/meetings/" + m.getString("id") + "/registrations/"
                + r1.getString("id") + "/decision", staff, Json.createObjectBuilder().add("approve", false)
                .add("reason", "Not nominated by note verbale").add("version", r1.getJsonNumber("version").longValue())
                .build().toString());
        assertEquals("REJECTED", rejected.json().getString("status"));
        assertEquals("Not nominated by note verbale", rejected.json().getString("decisionReason"));
        String waiting = r3.getString("id");
        JsonObject promoted = api.get("api/v1/meetings/" + m.getString("id") + "/registrations", staff).structure()
                .asJsonArray().stream().map(JsonValue::asJsonObject).filter(r -> r.getString("id").equals(waiting))
                .findFirst().orElseThrow();
        assertEquals("PENDING", promoted.getString("status"), "the waiting list moved up");
    }

    @Test
    void registrationsArrivingAtTheSameMomentNeverOverflowTheCapacity() throws Exception {
        String staff = token("staff");
        int year = YEAR.getAndIncrement();
        String kenya = stateId("KE", staff);
        JsonObject m = openForRegistration(staff, create(staff, meeting("TRAINING", unique("Crowded training"),
                at(year, 8, 3, 9), at(year, 8, 3, 17), "Africa/Nairobi").add("capacity", 2)));
        List<String> people = IntStream.range(0, 8).mapToObj(i -> person(staff, "KE", i % 2 == 0 ? "FEMALE" : "MALE"))
                .toList();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        try {
            List<Future<ApiClient.Reply>> replies = people.stream().map(p -> pool.submit(() -> {
                start.await();
                return register(staff, m, p, kenya, "MEMBER");
            })).toList();
            start.countDown();
            int pending = 0;
            int waiting = 0;
            for (Future<ApiClient.Reply> f : replies) {
                ApiClient.Reply reply = f.get();
                assertEquals(201, reply.status(), reply.body());
                String status = reply.json().getJsonObject("registration").getString("status");
                if (status.equals("PENDING")) {
                    pending++;
                } else if (status.equals("WAITLISTED")) {
                    waiting++;
                }
            }
            assertEquals(2, pending, "two seats, two registrations for staff to decide, however close they came");
            assertEquals(6, waiting, "the rest wait");
        } finally {
            pool.shutdownNow();
        }
        long seated = api.get("api/v1/meetings/" + m.getString("id") + "/registrations", staff).structure()
                .asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("status").equals("PENDING")).count();
        assertEquals(2, seated, "what the list shows agrees");
    }

    @Test
    void sponsorshipAttendanceAndFollowUpActions() {
        String staff = token("staff");
        int year = YEAR.getAndIncrement();
        String kenya = stateId("KE", staff);
        JsonObject m = openForRegistration(staff, create(staff, meeting("REGIONAL_FOLLOW_UP", unique("Follow-up"),
                at(year, 8, 4, 9), at(year, 8, 5, 17), "Africa/Nairobi")));
        ApiClient.Reply sponsored = api.post("api/v1/meetings/" + m.getString("id") + "/registrations",
                token("fp.kenya"), Json.createObjectBuilder().add("person", person(staff, "KE", "FEMALE"))
                        .add("category", "STATE_DELEGATE").add("state", "KE").add("role", "HEAD")
                        .add("sponsorshipRequested", true).add("sponsorshipReason", "No travel budget")
                        .build().toString());
        JsonObject reg = sponsored.json().getJsonObject("registration");
        assertEquals("REQUESTED", reg.getString("sponsorship"));
        ApiClient.Reply grant = api.post("api/v1/meetings/" + m.getString("id") + "/registrations/"
                + reg.getString("id") + "/sponsorship", staff, Json.createObjectBuilder().add("approve", true)
                .add("amount", 1850).add("version", reg.getJsonNumber("version").longValue()).build().toString());
        assertEquals("GRANTED", grant.json().getString("sponsorship"), grant.body());
        assertEquals(0, grant.json().getJsonNumber("sponsorshipAmount").bigDecimalValue().compareTo(
                new java.math.BigDecimal("1850")));

        JsonObject s = session(staff, m, "Plenary", at(year, 8, 4, 9), at(year, 8, 4, 12));
        String checkIn = "api/v1/meetings/" + m.getString("id") + "/sessions/" + s.getString("id") + "/attendance";
        String body = Json.createObjectBuilder().add("registration", reg.getString("id")).build().toString();
        assertEquals("meetings.attendance.notApproved", code(api.post(checkIn, staff, body)));
        reg = grant.json();
        decide(staff, m, reg, true);
        assertEquals(200, api.post(checkIn, staff, body).status());
        assertEquals(200, api.post(checkIn, staff, body).status(), "checking in again is harmless");
        assertEquals(1, api.get(checkIn, staff).structure().asJsonArray().size());
        assertEquals(403, api.post(checkIn, token("fp.kenya"), body).status(), "staff check in");

        JsonObject outcome = api.post("api/v1/meetings/" + m.getString("id") + "/outcomes", staff,
                Json.createObjectBuilder().add("kind", "RECOMMENDATION").add("reference", "Rec. 1")
                        .add("text", "Mark police weapons").build().toString()).json();
        String description = unique("Report on marking");
        ApiClient.Reply action = api.post("api/v1/meetings/" + m.getString("id") + "/outcomes/"
                + outcome.getString("id") + "/actions", staff, Json.createObjectBuilder().add("description", description)
                .add("ownerState", "KE").add("due", LocalDate.now().plusMonths(2).toString()).build().toString());
        assertEquals(201, action.status(), action.body());
        assertTrue(api.get("api/v1/meetings/follow-ups/mine", token("fp.kenya")).body().contains(description));
        assertFalse(api.get("api/v1/meetings/follow-ups/mine", token("fp.sudan")).body().contains(description));
        String change = Json.createObjectBuilder().add("status", "IN_PROGRESS")
                .add("version", action.json().getJsonNumber("version").longValue()).build().toString();
        assertEquals(403, api.put("api/v1/meetings/follow-ups/" + action.json().getString("id"), token("fp.sudan"),
                change).status());
        ApiClient.Reply changed = api.put("api/v1/meetings/follow-ups/" + action.json().getString("id"),
                token("fp.kenya"), change);
        assertEquals("IN_PROGRESS", changed.json().getString("status"), changed.body());
    }

    ApiClient.Reply decide(String token, JsonObject meeting, JsonObject registration, boolean approve) {
        return api.post("api/v1/meetings/" + meeting.getString("id") + "/registrations/" + registration.getString("id")
                + "/decision", token, Json.createObjectBuilder().add("approve", approve)
                .add("version", registration.getJsonNumber("version").longValue()).build().toString());
    }

    // ------------------------------------------------------------------ agenda and documents

    @Test
    void aPoaMeetingWithoutACooperationItemIsFlagged() {
        String staff = token("staff");
        int year = YEAR.getAndIncrement();
        JsonObject m = create(staff, meeting("BMS", unique("BMS agenda"), at(year, 6, 17, 10), at(year, 6, 21, 18),
                "America/New_York").add("city", "New York"));
        JsonObject s = session(staff, m, "Plenary", at(year, 6, 17, 10), at(year, 6, 17, 13));
        String warnings = "api/v1/meetings/" + m.getString("id") + "/warnings";
        assertTrue(api.get(warnings, staff).body().contains("meetings.warning.noCooperationItem"));
        api.post("api/v1/meetings/" + m.getString("id") + "/sessions/" + s.getString("id") + "/items", staff,
                Json.createObjectBuilder().add("number", "5").add("title", "International cooperation and assistance")
                        .add("cooperationAndAssistance", true).build().toString());
        assertFalse(api.get(warnings, staff).body().contains("meetings.warning.noCooperationItem"));
        JsonObject workshop = create(staff, meeting("WORKSHOP", unique("Workshop agenda"), at(year, 7, 1, 9),
                at(year, 7, 1, 17), "Africa/Nairobi"));
        assertEquals("[]", api.get("api/v1/meetings/" + workshop.getString("id") + "/warnings", staff).body().strip(),
                "only PoA meetings need the item");
        ApiClient.Reply outside = api.post("api/v1/meetings/" + m.getString("id") + "/sessions", staff,
                Json.createObjectBuilder().add("title", "Late").add("start", at(year, 6, 22, 10).toString())
                        .add("end", at(year, 6, 22, 12).toString()).build().toString());
        assertEquals("meetings.sessionOutsideMeeting", code(outside));
    }

    @Test
    void aPersonInvitedByNameIsAnsweredForByTheFocalPointOfTheirState() {
        String staff = token("staff");
        int year = YEAR.getAndIncrement();
        JsonObject m = moved(staff, create(staff, meeting("WORKSHOP", unique("Invited by name"),
                at(year, 4, 6, 9), at(year, 4, 6, 17), "Africa/Nairobi")), "ANNOUNCED");
        ApiClient.Reply contacts = api.get("api/v1/contacts?state=KE&role=ITI_TRACING", staff);
        assertEquals(200, contacts.status(), contacts.body());
        String person = contacts.json().getJsonArray("items").getJsonObject(0).getString("personId");
        ApiClient.Reply invited = api.post("api/v1/meetings/" + m.getString("id") + "/invitations", staff,
                Json.createObjectBuilder().add("kind", "PERSON").add("invitee", person).build().toString());
        assertEquals(201, invited.status(), invited.body());
        JsonObject invitation = invited.json();
        String respond = "api/v1/meetings/" + m.getString("id") + "/invitations/" + invitation.getString("id")
                + "/response";
        String answer = Json.createObjectBuilder().add("response", "ACCEPTED")
                .add("version", invitation.getInt("version")).build().toString();

        assertEquals(404, api.post(respond, token("fp.sudan"), answer).status(), "another State's focal point");
        ApiClient.Reply accepted = api.post(respond, token("fp.kenya"), answer);
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals("ACCEPTED", accepted.json().getString("response"));
        assertTrue(api.get("api/v1/meetings/" + m.getString("id") + "/invitations", token("fp.kenya"))
                .structure().asJsonArray().stream().anyMatch(v -> v.asJsonObject().getString("invitee").equals(person)),
                "Kenya's focal point sees the invitation of a Kenyan official");
    }

    @Test
    void documentsAreServedOnlyToThoseTheirAccessLevelAdmits() throws Exception {
        String staff = token("staff");
        int year = YEAR.getAndIncrement();
        JsonObject m = moved(staff, create(staff, meeting("REGIONAL_PREPARATORY", unique("Documents"),
                at(year, 3, 2, 9), at(year, 3, 3, 17), "Africa/Nairobi")), "ANNOUNCED");
        api.post("api/v1/meetings/" + m.getString("id") + "/invitations", staff, Json.createObjectBuilder()
                .add("kind", "STATE").add("invitee", "KE").build().toString());
        String prefix = "A/CONF.192/" + year + "/" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        JsonObject open = document(staff, m, prefix + "/1", "NETWORK");
        JsonObject participants = document(staff, m, prefix + "/CRP.1", "PARTICIPANTS");
        JsonObject internal = document(staff, m, prefix + "/INF.1", "STAFF");
        ApiClient.Reply badSymbol = api.post("api/v1/meetings/" + m.getString("id") + "/documents", staff,
                Json.createObjectBuilder().add("symbol", "not a symbol").add("type", "REPORT").add("title", "x")
                        .add("access", "NETWORK").build().toString());
        assertEquals("meetings.symbol", code(badSymbol));
        for (JsonObject doc : List.of(open, participants, internal)) {
            HttpResponse<String> up = upload(staff, "api/v1/meetings/" + m.getString("id") + "/documents/"
                    + doc.getString("id") + "/files/en?filename=../../etc/passwd.pdf", "text/plain",
                    "%PDF-1.4 document".getBytes());
            assertEquals(200, up.statusCode(), up.body());
            assertTrue(up.body().contains("\"filename\":\"passwd.pdf\""), "the path is dropped: " + up.body());
        }
        assertEquals(400, upload(staff, "api/v1/meetings/" + m.getString("id") + "/documents/" + open.getString("id")
                + "/files/en?filename=x.html", "text/html", "<script>alert(1)</script>".getBytes()).statusCode());

        String kenya = token("fp.kenya");
        String donor = token("donor.gffo");
        List<String> kenyaSees = symbols(kenya, m);
        List<String> donorSees = symbols(donor, m);
        assertEquals(List.of(prefix + "/1", prefix + "/CRP.1"), kenyaSees, "Kenya is invited: a participant");
        assertEquals(List.of(prefix + "/1"), donorSees);
        assertEquals(3, symbols(staff, m).size());

        String file = "api/v1/meetings/" + m.getString("id") + "/documents/%s/files/en";
        assertEquals(200, api.get(String.format(file, participants.getString("id")), kenya).status());
        assertEquals(403, api.get(String.format(file, participants.getString("id")), donor).status());
        assertEquals(403, api.get(String.format(file, internal.getString("id")), kenya).status());
        HttpResponse<String> served = get(String.format(file, open.getString("id")), donor);
        assertEquals(200, served.statusCode());
        assertEquals("application/pdf", served.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals("nosniff", served.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(served.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
    }

    JsonObject document(String staff, JsonObject meeting, String symbol, String access) {
        ApiClient.Reply reply = api.post("api/v1/meetings/" + meeting.getString("id") + "/documents", staff,
                Json.createObjectBuilder().add("symbol", symbol).add("type", "WORKING_PAPER").add("title", symbol)
                        .add("access", access).build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    List<String> symbols(String token, JsonObject meeting) {
        return api.get("api/v1/meetings/" + meeting.getString("id") + "/documents", token).structure().asJsonArray()
                .stream().map(d -> d.asJsonObject().getString("symbol")).sorted().toList();
    }

    // ------------------------------------------------------------------ raw HTTP for files

    HttpResponse<String> upload(String token, String path, String type, byte[] content) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", type).PUT(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    HttpResponse<String> get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).GET());
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HttpClient.newHttpClient().send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
