package org.salwhub.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The meetings module through the API, as the demo accounts: the status machine, the PoA cycle generator's dates,
 * times across a daylight-saving change, each kind of conflict, the delegation registration rules with capacity and
 * waiting list, and who may see and do what. Each test makes its own meetings, rooms, series and persons.
 */
class MeetingsIT extends MeetingsItBase {

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
}
