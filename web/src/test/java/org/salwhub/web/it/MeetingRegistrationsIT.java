package org.salwhub.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Meeting registrations and delegations, capacity and waiting lists, sponsorship and attendance, agenda and documents. */
class MeetingRegistrationsIT extends MeetingsItBase {

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
}
