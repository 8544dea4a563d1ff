package org.salwhub.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
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
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fellowship programme through the API, as each role: quota and deadline, eligibility screening and override,
 * conflict-free reviewer assignment (agencies by registry ID), weighted scores, waitlist promotion, certificates,
 * every access rule, and the nominee's own account (a fellow sees and does only what is theirs).
 * Each test runs its own call, so the tests share nothing but the demo accounts.
 */
class FellowshipIT {

    static final String PASSWORD = "SalwHub#2026";
    static final String CALLS = "api/v1/fellowship-calls";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** The run's one server (see {@link TestServer}). */
    final URL base = TestServer.url();

    ApiClient api;
    String staff;
    String kenya;
    String burundi;
    final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void signIn() {
        api = new ApiClient(base);
        staff = api.token("staff", PASSWORD);
        kenya = api.token("fp.kenya", PASSWORD);
        burundi = api.token("fp.burundi", PASSWORD);
    }

    // ------------------------------------------------------------------ the rules

    @Test
    void aStateNominatesUpToItsQuotaBeforeTheDeadlineWithANoteVerbale() {
        JsonObject call = openCall(callDetails(2, "ANY", List.of(), 0, null, 1, 10));
        String id = call.getString("id");
        assertEquals(2, api.get(CALLS + "/" + id + "/quota?state=KE", kenya).json().getInt("left"));

        assertEquals(201, nominate(kenya, id, "KE", "Achieng", "FEMALE", 6, "LAW_ENFORCEMENT", "Kenya Police").status());
        assertEquals(201, nominate(kenya, id, "KE", "Otieno", "MALE", 6, "LAW_ENFORCEMENT", "Kenya Police").status());
        ApiClient.Reply third = nominate(kenya, id, "KE", "Kiprop", "MALE", 6, "CUSTOMS", "KRA Customs");
        assertEquals(400, third.status(), third.body());
        assertTrue(third.body().contains("fellowship.quota.reached"), third.body());
        assertEquals(0, api.get(CALLS + "/" + id + "/quota?state=KE", kenya).json().getInt("left"));

        // another State's quota is its own; but not for Kenya's focal point to use
        assertEquals(403, nominate(kenya, id, "BI", "Ndayishimiye", "MALE", 6, "CUSTOMS", "OBR").status());
        assertEquals(403, api.get(CALLS + "/" + id + "/quota?state=BI", kenya).status());
        assertEquals(403, nominate(api.token("donor.eu", PASSWORD), id, "BI", "Donor", "MALE", 6, "CUSTOMS", "X").status());

        // the note verbale is required, and must be what it claims to be
        ApiClient.Reply noNote = api.post(CALLS + "/" + id + "/nominations", burundi, nomination("BI", "Niyonzima",
                "FEMALE", 5, "CUSTOMS", "OBR", null).toString());
        assertEquals(400, noNote.status(), noNote.body());
        assertTrue(noNote.body().contains("\"noteVerbale\""), noNote.body());
        JsonObject fake = nomination("BI", "Niyonzima", "FEMALE", 5, "CUSTOMS", "OBR", Json.createObjectBuilder()
                .add("fileName", "note.pdf").add("contentType", "application/pdf")
                .add("base64", Base64.getEncoder().encodeToString("<html>not a pdf</html>".getBytes())));
        ApiClient.Reply wrongType = api.post(CALLS + "/" + id + "/nominations", burundi, fake.toString());
        assertEquals(400, wrongType.status(), wrongType.body());
        assertTrue(wrongType.body().contains("fellowship.file.type"), wrongType.body());

        // after the deadline: refused, for staff too
        JsonObject current = api.get(CALLS + "/" + id, staff).json();
        JsonObject details = current.getJsonObject("details");
        JsonObject late = Json.createObjectBuilder(details).add("deadlines", Json.createObjectBuilder(
                details.getJsonObject("deadlines")).add("nomination", LocalDate.now().minusDays(1).toString())).build();
        ApiClient.Reply changed = api.put(CALLS + "/" + id, staff, Json.createObjectBuilder().add("details", late)
                .add("version", current.getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, changed.status(), changed.body());
        ApiClient.Reply tooLate = nominate(burundi, id, "BI", "Niyonzima", "FEMALE", 5, "CUSTOMS", "OBR");
        assertEquals(400, tooLate.status(), tooLate.body());
        assertTrue(tooLate.body().contains("fellowship.deadline.passed"), tooLate.body());
        assertEquals(400, nominate(staff, id, "BI", "Staffnominee", "FEMALE", 5, "CUSTOMS", "OBR").status());
    }

    @Test
    void nominationsArrivingAtTheSameMomentNeverExceedTheStatesQuota() throws Exception {
        String id = openCall(callDetails(2, "ANY", List.of(), 0, null, 1, 10)).getString("id");
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<ApiClient.Reply>> replies = java.util.stream.IntStream.range(0, 6)
                    .mapToObj(i -> pool.submit(() -> {
                        start.await();
                        return nominate(kenya, id, "KE", "Simultaneous" + i, i % 2 == 0 ? "FEMALE" : "MALE", 6,
                                "LAW_ENFORCEMENT", "Kenya Police");
                    })).toList();
            start.countDown();
            int accepted = 0;
            for (java.util.concurrent.Future<ApiClient.Reply> reply : replies) {
                ApiClient.Reply r = reply.get();
                if (r.status() == 201) {
                    accepted++;
                } else {
                    assertEquals(400, r.status(), r.body());
                    assertTrue(r.body().contains("fellowship.quota.reached"), r.body());
                }
            }
            assertEquals(2, accepted, "a quota of two, however close together the nominations came");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, api.get(CALLS + "/" + id + "/quota?state=KE", kenya).json().getInt("left"));
        assertEquals(2, api.get(CALLS + "/" + id + "/nominations", staff).structure().asJsonArray().size());
    }

    @Test
    void theNoteVerbaleIsServedOnlyToTheNominatingStateAndStaff() throws Exception {
        String id = openCall(callDetails(2, "ANY", List.of(), 0, null, 1, 10)).getString("id");
        String nid = created(nominate(kenya, id, "KE", "Wafula", "MALE", 4, "CUSTOMS", "KRA")).getString("id");
        String path = CALLS + "/" + id + "/nominations/" + nid + "/note-verbale";
        assertEquals("%PDF", new String(bytes(path, kenya), 0, 4, StandardCharsets.US_ASCII));
        assertEquals("%PDF", new String(bytes(path, staff), 0, 4, StandardCharsets.US_ASCII));
        assertEquals(403, api.get(path, burundi).status());
        assertEquals(403, api.get(path, api.token("reviewer", PASSWORD)).status());
        assertEquals(403, api.get(path, api.token("donor.gffo", PASSWORD)).status());
        assertEquals(401, api.get(path, null).status());
    }

    @Test
    void eligibilityIsScreenedByRuleAndStaffOverrideWithAReason() {
        JsonObject details = callDetails(3, "DEVELOPING", List.of("LAW_ENFORCEMENT", "BORDER_CONTROL"), 5, "fr", 1, 10);
        String id = openCall(details).getString("id");
        JsonObject weak = created(nominate(burundi, id, "BI", "Hakizimana", "MALE", 3, "MINISTRY", "Ministère", "en"));
        assertFalse(weak.getBoolean("eligible"));
        assertEquals(Set.of("fellowship.ineligible.agencyType", "fellowship.ineligible.experience",
                "fellowship.ineligible.language"), strings(weak.getJsonArray("ineligibility")));
        JsonObject good = created(nominate(burundi, id, "BI", "Irakoze", "FEMALE", 8, "BORDER_CONTROL",
                "Police de l'air, des frontières et des étrangers", "fr", "rn"));
        assertTrue(good.getBoolean("eligible"), good.toString());
        assertTrue(good.getJsonArray("ineligibility").isEmpty());

        String eligibility = CALLS + "/" + id + "/nominations/" + weak.getString("id") + "/eligibility";
        long version = weak.getJsonNumber("version").longValue();
        ApiClient.Reply noReason = api.post(eligibility, staff, "{\"eligible\":true,\"version\":" + version + "}");
        assertEquals(400, noReason.status(), noReason.body());
        assertEquals(403, api.post(eligibility, burundi, "{\"eligible\":true,\"reason\":\"mine\",\"version\":"
                + version + "}").status());
        ApiClient.Reply overridden = api.post(eligibility, staff, "{\"eligible\":true,\"reason\":\"Seconded to the border"
                + " police since May; speaks French at work\",\"version\":" + version + "}");
        assertEquals(200, overridden.status(), overridden.body());
        assertTrue(overridden.json().getBoolean("eligible"));
        assertTrue(overridden.json().getBoolean("overridden"));
        assertTrue(overridden.json().getString("overrideReason").startsWith("Seconded"));
        assertEquals(3, overridden.json().getJsonArray("ineligibility").size(), "the screening stays on record");
    }

    @Test
    void reviewersAreAssignedWithoutConflictsOfInterestAndBalanced() {
        declare("reviewer", "SD", null);
        declare("reviewer.kenya", "KE", "National Police Service");
        declare("reviewer.uganda", "UG", "Uganda Police Force");
        String id = openCall(callDetails(4, "ANY", List.of(), 0, null, 3, 10)).getString("id");
        String kenyan = created(nominate(kenya, id, "KE", "Chebet", "FEMALE", 7, "LAW_ENFORCEMENT",
                "Kenya Police Service")).getString("id");
        String burundian = created(nominate(burundi, id, "BI", "Bizimana", "MALE", 7, "LAW_ENFORCEMENT",
                "Uganda Police Force")).getString("id");
        toReview(id);
        ApiClient.Reply assigned = api.post(CALLS + "/" + id + "/review-assignments", staff, "{}");
        assertEquals(200, assigned.status(), assigned.body());
        JsonArray all = api.get(CALLS + "/" + id + "/review-assignments", staff).structure().asJsonArray();
        Set<String> kenyanReviewers = reviewersOf(all, kenyan);
        Set<String> burundianReviewers = reviewersOf(all, burundian);
        assertFalse(kenyanReviewers.contains("reviewer.kenya"), "same State: " + kenyanReviewers);
        assertFalse(burundianReviewers.contains("reviewer.uganda"), "same agency: " + burundianReviewers);
        assertTrue(kenyanReviewers.containsAll(Set.of("reviewer", "reviewer.uganda")), kenyanReviewers.toString());
        assertTrue(burundianReviewers.containsAll(Set.of("reviewer", "reviewer.kenya")), burundianReviewers.toString());
        List<String> shortOf = strings(assigned.json().getJsonArray("shortOfReviewers")).stream().toList();
        if (kenyanReviewers.size() < 3) {
            assertTrue(shortOf.contains(kenyan), "reported short of reviewers: " + assigned.body());
        }
        // balanced: nobody has two more than anyone else in this call
        var load = assigned.json().getJsonObject("loadByReviewer");
        int max = load.values().stream().mapToInt(v -> ((jakarta.json.JsonNumber) v).intValue()).max().orElse(0);
        int min = load.values().stream().mapToInt(v -> ((jakarta.json.JsonNumber) v).intValue()).min().orElse(0);
        assertTrue(max - min <= 2, load.toString());
        // assigning again changes nothing
        assertEquals(0, api.post(CALLS + "/" + id + "/review-assignments", staff, "{}").json().getInt("assigned"));

        // reviewers see only their own assignments
        String reviewerKenya = api.token("reviewer.kenya", PASSWORD);
        JsonArray mine = api.get(CALLS + "/" + id + "/review-assignments", reviewerKenya).structure().asJsonArray();
        assertTrue(mine.stream().allMatch(v -> v.asJsonObject().getString("reviewer").equals("reviewer.kenya")));
        assertTrue(mine.stream().noneMatch(v -> v.asJsonObject().getString("nominationId").equals(kenyan)));
        assertEquals(403, api.get(CALLS + "/" + id + "/nominations/" + kenyan, reviewerKenya).status());
        assertEquals(200, api.get(CALLS + "/" + id + "/nominations/" + burundian, reviewerKenya).status());
        assertEquals(403, api.get(CALLS + "/" + id + "/nominations", reviewerKenya).status());
    }

    @Test
    void scoresAggregateAsTheWeightedMeanOfReviewersWithTheSpread() {
        declare("reviewer", "SD", null);
        declare("reviewer.kenya", "KE", "National Police Service");
        declare("reviewer.uganda", "UG", "Uganda Police Force");
        JsonObject call = openCall(callDetails(4, "ANY", List.of(), 0, null, 2, 10));
        String id = call.getString("id");
        String kenyan = created(nominate(kenya, id, "KE", "Njeri", "FEMALE", 9, "LAW_ENFORCEMENT",
                "Kenya Police Service")).getString("id");
        toReview(id);
        api.post(CALLS + "/" + id + "/review-assignments", staff, "{}");
        List<String> criteria = api.get(CALLS + "/" + id, staff).json().getJsonObject("details")
                .getJsonArray("criteria").stream().map(v -> v.asJsonObject().getString("id")).toList();

        String reviewer = api.token("reviewer", PASSWORD);
        String uganda = api.token("reviewer.uganda", PASSWORD);
        JsonObject first = assignmentOf(reviewer, id, kenyan);
        JsonObject second = assignmentOf(uganda, id, kenyan);
        // out of the scale, or a criterion missing: refused
        ApiClient.Reply tooHigh = score(reviewer, id, first, criteria, 6, 3, 1);
        assertEquals(400, tooHigh.status(), tooHigh.body());
        assertTrue(tooHigh.body().contains("fellowship.range"), tooHigh.body());
        // another reviewer's assignment: refused
        assertEquals(403, score(uganda, id, first, criteria, 5, 5, 5).status());
        // weights 50/30/20: (5*50 + 3*30 + 1*20)/100 = 3.6 and 2.0
        ApiClient.Reply scored = score(reviewer, id, first, criteria, 5, 3, 1);
        assertEquals(200, scored.status(), scored.body());
        assertEquals(3.6, scored.json().getJsonNumber("weightedScore").doubleValue(), 1e-9);
        assertEquals(2.0, score(uganda, id, second, criteria, 2, 2, 2).json().getJsonNumber("weightedScore")
                .doubleValue(), 1e-9);

        move(id, "SELECTION");
        JsonObject row = api.get(CALLS + "/" + id + "/selection", staff).json().getJsonArray("ranking").stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getJsonObject("nomination").getString("id").equals(kenyan))
                .findFirst().orElseThrow();
        assertEquals(2.8, row.getJsonNumber("meanScore").doubleValue(), 1e-9);
        assertEquals(1.6, row.getJsonNumber("spread").doubleValue(), 1e-9);
        assertEquals(2, row.getInt("reviews"));
        // once scored in selection, no more scoring
        assertEquals(400, score(reviewer, id, assignmentOf(reviewer, id, kenyan), criteria, 1, 1, 1).status());
    }

    @Test
    void afterTheSelectionDeadlineNoDecisionIsTakenUntilStaffMoveIt() {
        String id = openCall(callDetails(2, "ANY", List.of(), 0, null, 1, 2)).getString("id");
        JsonObject nominee = created(nominate(kenya, id, "KE", "Otieno", "MALE", 5, "CUSTOMS", "KRA"));
        toReview(id);
        move(id, "SELECTION");
        LocalDate today = LocalDate.now();
        setDeadlines(id, today.minusDays(3), today.minusDays(2), today.minusDays(1));
        long version = api.get(CALLS + "/" + id + "/nominations/" + nominee.getString("id"), staff).json()
                .getJsonNumber("version").longValue();
        ApiClient.Reply late = api.post(decision(id, nominee), staff, Json.createObjectBuilder().add("decision", "SELECT")
                .add("reason", "Strong profile").add("version", version).build().toString());
        assertEquals(400, late.status(), late.body());
        assertTrue(late.body().contains("fellowship.deadline.passed"), late.body());
        assertEquals("NOMINATED", api.get(CALLS + "/" + id + "/nominations/" + nominee.getString("id"), staff).json()
                .getString("status"), "nothing changed");

        setDeadlines(id, today.minusDays(3), today.minusDays(2), today);
        assertEquals("SELECTED", decide(id, nominee, "SELECT", "Strong profile", null).getString("status"));
    }

    void setDeadlines(String id, LocalDate nomination, LocalDate review, LocalDate selection) {
        JsonObject current = api.get(CALLS + "/" + id, staff).json();
        JsonObject details = current.getJsonObject("details");
        JsonObject moved = Json.createObjectBuilder(details).add("deadlines", Json.createObjectBuilder(
                        details.getJsonObject("deadlines")).add("nomination", nomination.toString())
                .add("review", review.toString()).add("selection", selection.toString())).build();
        ApiClient.Reply changed = api.put(CALLS + "/" + id, staff, Json.createObjectBuilder().add("details", moved)
                .add("version", current.getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, changed.status(), changed.body());
    }

    @Test
    void aDeclineOrALapsedOfferPromotesTheNextWaitlisted() {
        JsonObject details = callDetails(3, "ANY", List.of(), 0, null, 1, 1);
        String id = openCall(details).getString("id");
        JsonObject a = created(nominate(kenya, id, "KE", "Mwangi", "MALE", 5, "CUSTOMS", "KRA"));
        JsonObject b = created(nominate(kenya, id, "KE", "Wambui", "FEMALE", 5, "CUSTOMS", "KRA"));
        JsonObject c = created(nominate(burundi, id, "BI", "Nshimirimana", "FEMALE", 5, "CUSTOMS", "OBR"));
        toReview(id);
        move(id, "SELECTION");

        JsonObject selected = decide(id, a, "SELECT", "Highest score", null);
        assertEquals("SELECTED", selected.getString("status"));
        assertNotNull(selected.getString("offerDeadline"));
        ApiClient.Reply full = api.post(decision(id, b), staff, Json.createObjectBuilder().add("decision", "SELECT")
                .add("reason", "also good").add("version", b.getJsonNumber("version").longValue()).build().toString());
        assertEquals(400, full.status(), full.body());
        assertTrue(full.body().contains("fellowship.seats.full"), full.body());
        ApiClient.Reply noReason = api.post(decision(id, b), staff, Json.createObjectBuilder().add("decision", "WAITLIST")
                .add("version", b.getJsonNumber("version").longValue()).build().toString());
        assertEquals(400, noReason.status(), noReason.body());
        assertEquals(1, decide(id, b, "WAITLIST", "Second in rank", null).getInt("waitlistRank"));
        assertEquals(2, decide(id, c, "WAITLIST", "Third in rank", null).getInt("waitlistRank"));

        // Kenya's focal point records that A declines: B moves up
        selected = api.get(CALLS + "/" + id + "/nominations/" + a.getString("id"), kenya).json();
        assertEquals(403, answer(burundi, id, selected, false).status(), "another State's fellow");
        assertEquals("DECLINED", answer(kenya, id, selected, false).json().getString("status"));
        JsonObject promoted = api.get(CALLS + "/" + id + "/nominations/" + b.getString("id"), staff).json();
        assertEquals("SELECTED", promoted.getString("status"));
        LocalDate deadline = LocalDate.parse(promoted.getString("offerDeadline"));
        // Kenya's focal point hears of the offer to B
        assertTrue(api.get("api/v1/me/notifications", kenya).json().getJsonArray("entries").stream()
                .map(JsonValue::asJsonObject).anyMatch(e -> e.getString("topic").equals("assistance.fellowship.offer")
                        && e.getString("body").contains(promoted.getString("nomineeName"))), "offer notified");

        // B lets the deadline pass: C moves up
        ApiClient.Reply lapse = api.post(CALLS + "/lapsed-offers", staff, "{\"today\":\"" + deadline.plusDays(1) + "\"}");
        assertEquals(200, lapse.status(), lapse.body());
        assertTrue(lapse.json().getInt("count") >= 1);
        assertEquals("LAPSED", api.get(CALLS + "/" + id + "/nominations/" + b.getString("id"), staff).json()
                .getString("status"));
        assertEquals("SELECTED", api.get(CALLS + "/" + id + "/nominations/" + c.getString("id"), staff).json()
                .getString("status"));
        assertEquals(403, api.post(CALLS + "/lapsed-offers", kenya, "{}").status());
    }

    @Test
    void onlyAFellowWhoCompletedUnderTheRuleGetsACertificate() throws Exception {
        String id = openCall(callDetails(2, "ANY", List.of(), 0, null, 1, 2)).getString("id");
        JsonObject a = created(nominate(kenya, id, "KE", "Kamau", "MALE", 5, "CUSTOMS", "KRA"));
        JsonObject b = created(nominate(kenya, id, "KE", "Adhiambo", "FEMALE", 5, "CUSTOMS", "KRA"));
        toReview(id);
        move(id, "SELECTION");
        for (JsonObject n : List.of(a, b)) {
            JsonObject offered = decide(id, n, "SELECT", "Selected", null);
            assertEquals("ACCEPTED", answer(kenya, id, offered, true).json().getString("status"));
        }
        // the visa letter as soon as selected; the certificate not before completion
        assertEquals("%PDF", new String(bytes(CALLS + "/" + id + "/nominations/" + a.getString("id")
                + "/visa-letter", kenya), 0, 4, StandardCharsets.US_ASCII));
        move(id, "COHORT_RUNNING");
        String s1 = created(api.post(CALLS + "/" + id + "/cohort/sessions", staff,
                "{\"title\":\"Marking and record-keeping\",\"heldOn\":\"" + LocalDate.now() + "\"}")).getString("id");
        String s2 = created(api.post(CALLS + "/" + id + "/cohort/sessions", staff,
                "{\"title\":\"Tracing\",\"heldOn\":\"" + LocalDate.now().plusDays(1) + "\"}")).getString("id");
        for (JsonObject n : List.of(a, b)) {
            JsonObject now = api.get(CALLS + "/" + id + "/nominations/" + n.getString("id"), staff).json();
            assertEquals(200, api.put(CALLS + "/" + id + "/nominations/" + n.getString("id") + "/online-completion",
                    staff, "{\"completed\":true,\"version\":" + now.getJsonNumber("version") + "}").status());
        }
        attend(id, s1, a, true);
        attend(id, s2, a, true);
        attend(id, s1, b, true);
        attend(id, s2, b, false);
        assertEquals(403, api.put(CALLS + "/" + id + "/cohort/sessions/" + s2 + "/attendance/" + b.getString("id"),
                kenya, "{\"present\":true}").status(), "staff take attendance");

        String certificateA = CALLS + "/" + id + "/nominations/" + a.getString("id") + "/certificate";
        String certificateB = CALLS + "/" + id + "/nominations/" + b.getString("id") + "/certificate";
        byte[] pdf = bytes(certificateA + "?lang=ar", kenya);
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        ApiClient.Reply half = api.get(certificateB, staff);
        assertEquals(400, half.status(), "attended 1 of 2 sessions, 50 % < 80 %");
        assertTrue(half.body().contains("fellowship.certificate.notCompleted"), half.body());
        assertEquals(403, api.get(certificateA, burundi).status());

        JsonArray fellows = api.get(CALLS + "/" + id + "/cohort", staff).json().getJsonArray("fellows");
        assertEquals(Set.of(a.getString("id") + "=true", b.getString("id") + "=false"), fellows.stream()
                .map(JsonValue::asJsonObject).map(f -> f.getJsonObject("fellow").getString("id") + "="
                        + f.getBoolean("completed")).collect(Collectors.toSet()));

        // completing the call schedules the follow-ups of those who completed, at 6 and 12 months
        move(id, "COMPLETED");
        JsonArray followUps = api.get(CALLS + "/" + id + "/follow-ups", staff).structure().asJsonArray();
        assertEquals(Set.of(6, 12), followUps.stream().map(v -> v.asJsonObject().getInt("months"))
                .collect(Collectors.toSet()));
        assertTrue(followUps.stream().allMatch(v -> v.asJsonObject().getString("nominationId").equals(a.getString("id"))));
        JsonObject six = followUps.stream().map(JsonValue::asJsonObject).filter(f -> f.getInt("months") == 6)
                .findFirst().orElseThrow();
        ApiClient.Reply answered = api.put(CALLS + "/" + id + "/follow-ups/" + six.getString("id"), kenya,
                "{\"entry\":{\"currentPosition\":\"Head of the marking unit\",\"positionChanged\":true,"
                        + "\"skillsUse\":\"Trained 30 officers\"},\"version\":" + six.getJsonNumber("version") + "}");
        assertEquals(200, answered.status(), answered.body());
        assertEquals(LocalDate.now().toString(), answered.json().getString("recordedOn"));
        assertEquals(403, api.put(CALLS + "/" + id + "/follow-ups/" + six.getString("id"), burundi,
                "{\"entry\":{\"currentPosition\":\"x\"},\"version\":1}").status());

        // the 12-month follow-up is still open: its reminder reaches Kenya's focal point once
        JsonObject twelve = followUps.stream().map(JsonValue::asJsonObject).filter(f -> f.getInt("months") == 12)
                .findFirst().orElseThrow();
        String dueDay = twelve.getString("dueOn");
        assertEquals(403, api.post(CALLS + "/follow-up-reminders", kenya, "{}").status());
        ApiClient.Reply reminded = api.post(CALLS + "/follow-up-reminders", staff, "{\"today\":\"" + dueDay + "\"}");
        assertEquals(200, reminded.status(), reminded.body());
        assertTrue(reminded.json().getInt("count") >= 1, reminded.body());
        api.post(CALLS + "/follow-up-reminders", staff, "{\"today\":\"" + dueDay + "\"}");
        String fellowName = followUps.getJsonObject(0).getString("fellowName");
        long inInbox = api.get("api/v1/me/notifications", kenya).json().getJsonArray("entries").stream()
                .map(JsonValue::asJsonObject).filter(e -> e.getString("topic").equals("assistance.fellowship.followUp")
                        && e.getString("subject").contains(fellowName)).count();
        assertEquals(1, inInbox, "one reminder, however often the task runs");
    }

    @Test
    void onlyAFellowWhoCompletedAnEndedProgrammeIsMarkedAnAlumnusOnTheirProfile() {
        String id = openCall(callDetails(2, "ANY", List.of(), 0, null, 1, 2)).getString("id");
        JsonObject completing = created(nominate(kenya, id, "KE", "Otieno", "MALE", 5, "CUSTOMS", "KRA"));
        JsonObject droppingOut = created(nominate(kenya, id, "KE", "Wambui", "FEMALE", 5, "CUSTOMS", "KRA"));
        toReview(id);
        move(id, "SELECTION");
        for (JsonObject n : List.of(completing, droppingOut)) {
            assertEquals("ACCEPTED", answer(kenya, id, decide(id, n, "SELECT", "Selected", null), true).json()
                    .getString("status"));
        }
        move(id, "COHORT_RUNNING");
        String session = created(api.post(CALLS + "/" + id + "/cohort/sessions", staff,
                "{\"title\":\"Tracing\",\"heldOn\":\"" + LocalDate.now() + "\"}")).getString("id");
        JsonObject now = api.get(CALLS + "/" + id + "/nominations/" + completing.getString("id"), staff).json();
        assertEquals(200, api.put(CALLS + "/" + id + "/nominations/" + completing.getString("id")
                + "/online-completion", staff, "{\"completed\":true,\"version\":" + now.getJsonNumber("version")
                + "}").status());
        attend(id, session, completing, true);
        attend(id, session, droppingOut, false); // nor did she finish the online phase: no certificate
        // the programme has ended: its phases lie in the past
        JsonObject call = api.get(CALLS + "/" + id, staff).json();
        LocalDate today = LocalDate.now();
        JsonObjectBuilder details = Json.createObjectBuilder(call.getJsonObject("details")).add("phases",
                Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("kind", "ONLINE").add("title", "Online modules")
                                .add("startsOn", today.minusDays(90).toString())
                                .add("endsOn", today.minusDays(60).toString()))
                        .add(Json.createObjectBuilder().add("kind", "IN_PERSON").add("title", "Residential")
                                .add("startsOn", today.minusDays(20).toString())
                                .add("endsOn", today.minusDays(7).toString()).add("venue", "Nairobi")));
        ApiClient.Reply ended = api.put(CALLS + "/" + id, staff, Json.createObjectBuilder().add("details", details)
                .add("version", call.getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, ended.status(), ended.body());
        move(id, "COMPLETED");

        // the profile pages as staff read them: the one who completed is an alumnus (a man: "Alumnus"), the one who
        // accepted the offer but did not complete is not
        WebSession web = new WebSession(base);
        web.signIn("staff", PASSWORD);
        String alumnus = web.get("app/person.xhtml?id=" + completing.getString("personId"));
        assertTrue(alumnus.contains("Alumnus, programme ended"), "the completing fellow is marked");
        String dropout = web.get("app/person.xhtml?id=" + droppingOut.getString("personId"));
        assertTrue(dropout.contains("IT fellowship " + run), "her page lists the fellowship");
        assertFalse(dropout.contains("programme ended") || dropout.contains("Alumna"),
                "no alumni mark for a fellow who did not complete");

        // the demo's completed 2025 programme: Kenya's ATT point of contact is a woman, an "Alumna", and the regional
        // meeting she heads the delegation to comes after her fellowship
        String achieng = api.get("api/v1/contacts?q=Achieng", staff).json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(c -> c.getString("personName").contains("Achieng"))
                .findFirst().orElseThrow().getString("personId");
        String demo = web.get("app/person.xhtml?id=" + achieng);
        assertTrue(demo.contains("Alumna, programme ended"), "the demo alumna is marked as a woman");
        assertFalse(demo.contains("Alumnus,"), "not as a man");
        assertTrue(demo.contains("After the fellowship: SALW Fellowship"), "a meeting after her fellowship");
    }

    // ------------------------------------------------------------------ access rules

    @Test
    void everyRoleGetsOnlyWhatItMaySeeOrDo() {
        String reviewer = api.token("reviewer", PASSWORD);
        String donor = api.token("donor.eu", PASSWORD);
        JsonObject details = callDetails(2, "ANY", List.of(), 0, null, 1, 5);
        // only staff create and move calls
        for (String token : List.of(kenya, reviewer, donor)) {
            assertEquals(403, api.post(CALLS, token, Json.createObjectBuilder().add("details", details).build()
                    .toString()).status());
        }
        ApiClient.Reply draft = api.post(CALLS, staff, Json.createObjectBuilder().add("details", details).build().toString());
        assertEquals(201, draft.status(), draft.body());
        String id = draft.json().getString("id");
        assertEquals("DRAFT", draft.json().getString("status"));
        // a draft is the staff's only
        assertEquals(404, api.get(CALLS + "/" + id, kenya).status());
        assertTrue(api.get(CALLS, kenya).structure().asJsonArray().stream()
                .noneMatch(v -> v.asJsonObject().getString("id").equals(id)));
        assertEquals(403, api.post(CALLS + "/" + id + "/status", kenya, "{\"status\":\"OPEN\",\"version\":0}").status());
        // illegal transitions are refused
        ApiClient.Reply skip = api.post(CALLS + "/" + id + "/status", staff, "{\"status\":\"IN_REVIEW\",\"version\":0}");
        assertEquals(400, skip.status(), skip.body());
        assertTrue(skip.body().contains("fellowship.status.transition"), skip.body());
        move(id, "OPEN");
        ApiClient.Reply back = api.post(CALLS + "/" + id + "/status", staff, "{\"status\":\"DRAFT\",\"version\":"
                + api.get(CALLS + "/" + id, staff).json().getJsonNumber("version") + "}");
        assertEquals(400, back.status(), back.body());

        created(nominate(kenya, id, "KE", "Kariuki", "MALE", 5, "CUSTOMS", "KRA"));
        created(nominate(burundi, id, "BI", "Ndikumana", "FEMALE", 5, "CUSTOMS", "OBR"));
        // focal points see their own State's nominations only; staff all; reviewers and donors none
        Set<String> kenyaSees = api.get(CALLS + "/" + id + "/nominations", kenya).structure().asJsonArray().stream()
                .map(v -> v.asJsonObject().getString("nomineeName")).collect(Collectors.toSet());
        assertTrue(kenyaSees.stream().allMatch(n -> n.contains("Kariuki" + run)), kenyaSees.toString());
        assertEquals(2, api.get(CALLS + "/" + id + "/nominations", staff).structure().asJsonArray().size());
        assertEquals(403, api.get(CALLS + "/" + id + "/nominations", reviewer).status());
        assertEquals(403, api.get(CALLS + "/" + id + "/nominations", donor).status());
        String burundian = api.get(CALLS + "/" + id + "/nominations", burundi).structure().asJsonArray()
                .getJsonObject(0).getString("id");
        assertEquals(403, api.get(CALLS + "/" + id + "/nominations/" + burundian, kenya).status());
        // staff-only views
        for (String token : List.of(kenya, reviewer, donor)) {
            assertEquals(403, api.get(CALLS + "/" + id + "/selection", token).status());
            assertEquals(403, api.get(CALLS + "/" + id + "/report", token).status());
            assertEquals(403, api.post(CALLS + "/" + id + "/review-assignments", token, "{}").status());
        }
        assertEquals(200, api.get(CALLS + "/" + id + "/report", staff).status());
        // a reviewer's declaration is theirs and staff's
        assertEquals(403, api.put(CALLS + "/reviewers/reviewer.kenya/declaration", reviewer,
                "{\"stateId\":\"SD\",\"version\":0}").status());
        assertEquals(401, api.get(CALLS, null).status());
    }

    @Test
    void theLedgerIsKeptByStaffAndReadByTheFellowsState() {
        String id = openCall(callDetails(2, "ANY", List.of(), 0, null, 1, 2)).getString("id");
        JsonObject a = created(nominate(kenya, id, "KE", "Kibet", "MALE", 5, "CUSTOMS", "KRA"));
        String ledger = CALLS + "/" + id + "/nominations/" + a.getString("id") + "/ledger";
        String eu = api.get("api/v1/organisations", staff).structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(o -> o.getString("acronym").equals("EU")).findFirst()
                .orElseThrow().getString("id");
        String entry = "{\"kind\":\"TICKET\",\"description\":\"Nairobi - Addis Ababa\",\"amount\":640.50,"
                + "\"currency\":\"usd\",\"status\":\"PLANNED\",\"donorId\":\"" + eu + "\"}";
        assertEquals(400, api.post(ledger, staff, entry).status(), "not selected yet");
        toReview(id);
        move(id, "SELECTION");
        decide(id, a, "SELECT", "Selected", null);
        ApiClient.Reply added = api.post(ledger, staff, entry);
        assertEquals(201, added.status(), added.body());
        assertEquals("USD", added.json().getString("currency"));
        assertEquals(403, api.post(ledger, kenya, entry).status());
        assertEquals(400, api.post(ledger, staff, entry.replace("usd", "XXZ")).status());
        assertEquals(1, api.get(ledger, kenya).structure().asJsonArray().size());
        assertEquals(403, api.get(ledger, burundi).status());
        JsonObject report = api.get(CALLS + "/" + id + "/report", staff).json();
        JsonObject spent = report.getJsonArray("spending").getJsonObject(0);
        assertEquals(eu, spent.getString("donorId"));
        assertEquals(640.5, spent.getJsonNumber("planned").doubleValue(), 1e-9);
        assertEquals(1, report.getInt("applications"));
    }

    // ------------------------------------------------------------------ the fellow (the nominee's own account)

    @Test
    void aNomineeWithAnAccountSeesAndDoesOnlyWhatIsTheirs() throws Exception {
        String id = openCall(callDetails(2, "ANY", List.of(), 0, null, 1, 2)).getString("id");
        JsonObject mine = created(nominate(kenya, id, "KE", "Achieng", "FEMALE", 6, "CUSTOMS", "KRA"));
        JsonObject other = created(nominate(kenya, id, "KE", "Omondi", "MALE", 6, "CUSTOMS", "KRA"));
        String nid = mine.getString("id");
        String oid = other.getString("id");

        // staff give the nominee an account; focal points may not; one account per person
        String account = CALLS + "/" + id + "/nominations/" + nid + "/account";
        assertEquals(403, api.post(account, kenya, "{}").status());
        ApiClient.Reply given = api.post(account, staff, "{}");
        assertEquals(201, given.status(), given.body());
        String username = given.json().getString("username");
        assertEquals("achieng." + run, username, "named after the e-mail address");
        assertEquals(mine.getString("personId"), given.json().getString("personId"));
        String otp = given.json().getString("oneTimePassword");
        ApiClient.Reply again = api.post(account, staff, "{}");
        assertEquals(400, again.status(), again.body());
        assertTrue(again.body().contains("scope.personTaken"), again.body());
        String fellow = firstSignIn(username, otp);
        assertEquals("FELLOW", api.get("api/v1/me", fellow).json().getJsonArray("roles").getString(0));

        // the fellow sees their own nominations only: one call, one nomination, no staff notes
        JsonArray own = api.get(CALLS + "/mine", fellow).structure().asJsonArray();
        assertEquals(1, own.size(), own.toString());
        JsonObject entry = own.getJsonObject(0);
        assertEquals(id, entry.getJsonObject("call").getString("id"));
        assertEquals(nid, entry.getJsonObject("nomination").getString("id"));
        assertTrue(entry.getBoolean("applicationEditable"));
        assertFalse(entry.getBoolean("offerOpen"));
        assertTrue(absent(entry.getJsonObject("nomination"), "nominatedBy"), entry.toString());
        assertEquals(Set.of(id), api.get(CALLS, fellow).structure().asJsonArray().stream()
                .map(v -> v.asJsonObject().getString("id")).collect(Collectors.toSet()), "only the calls nominated to");
        assertEquals(Set.of(nid), api.get(CALLS + "/" + id + "/nominations", fellow).structure().asJsonArray()
                .stream().map(v -> v.asJsonObject().getString("id")).collect(Collectors.toSet()));
        String demoCall = api.get(CALLS, staff).structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getJsonObject("details").getString("title").startsWith("SALW Fellowship 2027"))
                .findFirst().orElseThrow().getString("id");
        assertEquals(404, api.get(CALLS + "/" + demoCall, fellow).status(), "a call they were not nominated to");
        assertEquals(403, api.get(CALLS + "/mine", kenya).status(), "fellows only");

        // their own nomination and note verbale; nothing of the other nominee
        String base = CALLS + "/" + id + "/nominations/";
        assertEquals(200, api.get(base + nid, fellow).status());
        assertEquals("%PDF", new String(bytes(base + nid + "/note-verbale", fellow), 0, 4, StandardCharsets.US_ASCII));
        assertEquals(403, api.get(base + oid, fellow).status());
        assertEquals(403, api.get(base + oid + "/note-verbale", fellow).status());
        assertEquals(403, api.get(base + oid + "/ledger", fellow).status());
        assertEquals(403, api.get(base + oid + "/visa-letter", fellow).status());
        assertEquals(403, api.get(base + oid + "/certificate", fellow).status());
        assertEquals(403, api.put(base + oid + "/application", fellow, Json.createObjectBuilder()
                .add("application", application("Someone else's", 9)).add("version", other.getJsonNumber("version")
                        .longValue()).build().toString()).status());
        // nor anything staff or the State do
        assertEquals(403, nominate(fellow, id, "KE", "Friend", "MALE", 6, "CUSTOMS", "KRA").status());
        assertEquals(403, api.get(CALLS + "/" + id + "/quota?state=KE", fellow).status());
        assertEquals(403, api.post(base + nid + "/withdrawal", fellow, "{\"version\":0}").status());
        assertEquals(403, api.post(base + nid + "/eligibility", fellow,
                "{\"eligible\":true,\"reason\":\"me\",\"version\":0}").status());
        for (String path : List.of("/selection", "/report", "/cohort", "/review-assignments")) {
            assertEquals(403, api.get(CALLS + "/" + id + path, fellow).status(), path);
        }
        // and nothing of the network's directory, meetings or assistance
        assertEquals(403, api.get("api/v1/contacts?state=KE", fellow).status());
        assertEquals(403, api.get("api/v1/meetings", fellow).status());
        assertEquals(403, api.get("api/v1/projects", fellow).status());

        // the fellow completes their application while the call is open: screened again
        ApiClient.Reply updated = api.put(base + nid + "/application", fellow, Json.createObjectBuilder()
                .add("application", application("I lead the firearms registry of my region", 7))
                .add("version", mine.getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, updated.status(), updated.body());
        assertEquals("I lead the firearms registry of my region", updated.json().getJsonObject("application")
                .getString("motivation"));
        assertEquals("I lead the firearms registry of my region", api.get(base + nid, staff).json()
                .getJsonObject("application").getString("motivation"), "staff see what the fellow wrote");
        long version = updated.json().getJsonNumber("version").longValue();
        ApiClient.Reply bad = api.put(base + nid + "/application", fellow, Json.createObjectBuilder()
                .add("application", application("", 99)).add("version", version).build().toString());
        assertEquals(400, bad.status(), "refused input changes nothing: " + bad.body());
        assertEquals(version, api.get(base + nid, staff).json().getJsonNumber("version").longValue());

        // once the call is closed, refused
        move(id, "CLOSED");
        ApiClient.Reply closed = api.put(base + nid + "/application", fellow, Json.createObjectBuilder()
                .add("application", application("Too late", 7)).add("version", version).build().toString());
        assertEquals(400, closed.status(), closed.body());
        assertTrue(closed.body().contains("fellowship.call.notOpen"), closed.body());
        assertFalse(api.get(CALLS + "/mine", fellow).structure().asJsonArray().getJsonObject(0)
                .getBoolean("applicationEditable"));

        // the review is none of the fellow's business
        move(id, "IN_REVIEW");
        declare("reviewer", "SD", null);
        declare("reviewer.kenya", "KE", null);
        declare("reviewer.uganda", "UG", null);
        assertEquals(200, api.post(CALLS + "/" + id + "/review-assignments", staff, "{}").status());
        JsonObject assignment = api.get(CALLS + "/" + id + "/review-assignments", staff).structure().asJsonArray()
                .getJsonObject(0);
        assertEquals(403, api.get(CALLS + "/" + id + "/review-assignments", fellow).status());
        List<String> criteria = api.get(CALLS + "/" + id, staff).json().getJsonObject("details")
                .getJsonArray("criteria").stream().map(v -> v.asJsonObject().getString("id")).toList();
        assertEquals(403, score(fellow, id, assignment, criteria, 5, 5, 5).status(), "a fellow scores nothing");
        assertEquals(403, api.get(CALLS + "/reviewers/" + username + "/declaration", fellow).status());

        // an offer: the fellow answers their own, not another's
        move(id, "SELECTION");
        decide(id, mine, "SELECT", "Highest mean score", null);
        JsonObject offered = api.get(base + nid, fellow).json();
        assertEquals("SELECTED", offered.getString("status"));
        assertTrue(absent(offered, "decisionReason"), "the staff's reason stays with staff: " + offered);
        assertEquals("Highest mean score", api.get(base + nid, staff).json().getString("decisionReason"));
        assertTrue(api.get(CALLS + "/mine", fellow).structure().asJsonArray().getJsonObject(0).getBoolean("offerOpen"));
        assertTrue(api.get("api/v1/me/notifications", fellow).json().getJsonArray("entries").stream()
                .map(JsonValue::asJsonObject).anyMatch(e -> e.getString("topic").equals("assistance.fellowship.offer")),
                "the offer reaches the fellow's own inbox");
        JsonObject otherOffered = decide(id, other, "SELECT", "Second", null);
        assertEquals(403, answer(fellow, id, otherOffered, true).status(), "another nominee's offer");
        assertEquals("SELECTED", api.get(base + oid, staff).json().getString("status"));
        ApiClient.Reply accepted = answer(fellow, id, offered, true);
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals("ACCEPTED", accepted.json().getString("status"));
        assertEquals("%PDF", new String(bytes(base + nid + "/visa-letter", fellow), 0, 4, StandardCharsets.US_ASCII));

        // the ledger: staff keep it, the fellow reads it
        String entryJson = "{\"kind\":\"TICKET\",\"description\":\"Nairobi - Addis Ababa\",\"amount\":640.50,"
                + "\"currency\":\"USD\",\"status\":\"PLANNED\"}";
        assertEquals(201, api.post(base + nid + "/ledger", staff, entryJson).status());
        assertEquals(403, api.post(base + nid + "/ledger", fellow, entryJson).status());
        assertEquals(1, api.get(base + nid + "/ledger", fellow).structure().asJsonArray().size());

        // the certificate once completed: theirs only
        move(id, "COHORT_RUNNING");
        String session = created(api.post(CALLS + "/" + id + "/cohort/sessions", staff,
                "{\"title\":\"Tracing\",\"heldOn\":\"" + LocalDate.now() + "\"}")).getString("id");
        assertEquals(400, api.get(base + nid + "/certificate", fellow).status(), "not completed yet");
        JsonObject now = api.get(base + nid, staff).json();
        assertEquals(200, api.put(base + nid + "/online-completion", staff, "{\"completed\":true,\"version\":"
                + now.getJsonNumber("version") + "}").status());
        attend(id, session, mine, true);
        assertEquals(403, api.put(CALLS + "/" + id + "/cohort/sessions/" + session + "/attendance/" + nid, fellow,
                "{\"present\":true}").status(), "staff take attendance");
        assertTrue(api.get(CALLS + "/mine", fellow).structure().asJsonArray().getJsonObject(0).getBoolean("certificate"));
        assertEquals("%PDF", new String(bytes(base + nid + "/certificate", fellow), 0, 4, StandardCharsets.US_ASCII));
        assertEquals(403, api.get(base + oid + "/certificate", fellow).status());
    }

    @Test
    void aFellowAccountIsRefusedWithoutItsRegistryPerson() {
        String admin = api.token("admin", PASSWORD);
        String id = openCall(callDetails(2, "ANY", List.of(), 0, null, 1, 2)).getString("id");
        JsonObject nominee = created(nominate(burundi, id, "BI", "Irakoze", "FEMALE", 6, "CUSTOMS", "OBR"));

        ApiClient.Reply noPerson = api.post("api/v1/admin/users", admin, fellowAccount("nobody." + run, null));
        assertEquals(400, noPerson.status(), noPerson.body());
        assertTrue(noPerson.body().contains("scope.personRequired"), noPerson.body());
        ApiClient.Reply unknown = api.post("api/v1/admin/users", admin, fellowAccount("ghost." + run,
                UUID.randomUUID().toString()));
        assertEquals(400, unknown.status(), unknown.body());
        assertTrue(unknown.body().contains("scope.unknownPerson"), unknown.body());
        assertTrue(api.get("api/v1/admin/users?q=" + run, admin).structure().asJsonArray().stream()
                .noneMatch(v -> v.asJsonObject().getString("username").startsWith("nobody.")
                        || v.asJsonObject().getString("username").startsWith("ghost.")), "nothing was created");
        assertEquals(403, api.post("api/v1/admin/users", staff, fellowAccount("staffmade." + run,
                nominee.getString("personId"))).status(), "administrators create accounts");

        ApiClient.Reply made = api.post("api/v1/admin/users", admin, fellowAccount("irakoze." + run,
                nominee.getString("personId")));
        assertEquals(201, made.status(), made.body());
        assertEquals(nominee.getString("personId"), made.json().getJsonObject("account").getString("personId"));
        String fellow = firstSignIn("irakoze." + run, made.json().getString("oneTimePassword"));
        assertEquals(Set.of(nominee.getString("id")), api.get(CALLS + "/mine", fellow).structure().asJsonArray()
                .stream().map(v -> v.asJsonObject().getJsonObject("nomination").getString("id"))
                .collect(Collectors.toSet()));
        ApiClient.Reply twice = api.post("api/v1/admin/users", admin, fellowAccount("irakoze2." + run,
                nominee.getString("personId")));
        assertEquals(400, twice.status(), twice.body());
        assertTrue(twice.body().contains("scope.personTaken"), twice.body());
    }

    @Test
    void conflictsOfInterestCompareRegistryAgencyIdsAndNamesOnlyForFreeText() {
        // two agencies of the same name, in Uganda and in Burundi
        String name = "Border Police " + run;
        String uganda = created(api.post("api/v1/agencies", staff, agency("UG", name))).getString("id");
        String burundiAgency = created(api.post("api/v1/agencies", staff, agency("BI", name))).getString("id");

        // a declaration names one of the declared State's registry agencies
        JsonObject current = api.get(CALLS + "/reviewers/reviewer.uganda/declaration", staff).json();
        long version = current.getJsonNumber("version").longValue();
        ApiClient.Reply otherState = api.put(CALLS + "/reviewers/reviewer.uganda/declaration", staff,
                Json.createObjectBuilder().add("stateId", "UG").add("agencyId", burundiAgency).add("version", version)
                        .build().toString());
        assertEquals(400, otherState.status(), otherState.body());
        assertTrue(otherState.body().contains("fellowship.declaration.agencyOtherState"), otherState.body());
        ApiClient.Reply unknownName = api.put(CALLS + "/reviewers/reviewer.uganda/declaration", staff,
                Json.createObjectBuilder().add("stateId", "UG").add("agency", "No such police " + run)
                        .add("version", version).build().toString());
        assertEquals(400, unknownName.status(), unknownName.body());
        assertTrue(unknownName.body().contains("fellowship.declaration.agencyUnknown"), unknownName.body());
        ApiClient.Reply declared = api.put(CALLS + "/reviewers/reviewer.uganda/declaration", staff,
                Json.createObjectBuilder().add("stateId", "UG").add("agencyId", uganda).add("version", version)
                        .build().toString());
        assertEquals(200, declared.status(), declared.body());
        assertEquals(uganda, declared.json().getString("agencyId"));
        assertEquals(name, declared.json().getString("agency"));
        declare("reviewer", "SD", null);
        declare("reviewer.kenya", "KE", null);

        String id = openCall(callDetails(3, "ANY", List.of(), 0, null, 3, 10)).getString("id");
        // seconded to the Ugandan agency, written another way: the same agency
        String sameId = created(nominateAt(burundi, id, "Nsengiyumva", "UPF secondment", uganda)).getString("id");
        // Burundi's own agency of the same name: another agency
        String sameName = created(nominateAt(burundi, id, "Ndikumana", name, burundiAgency)).getString("id");
        // typed by hand, no registry agency: the names are compared
        String freeText = created(nominateAt(burundi, id, "Niyonkuru", "  border POLICE  " + run, null)).getString("id");
        toReview(id);
        assertEquals(200, api.post(CALLS + "/" + id + "/review-assignments", staff, "{}").status());
        JsonArray all = api.get(CALLS + "/" + id + "/review-assignments", staff).structure().asJsonArray();
        assertFalse(reviewersOf(all, sameId).contains("reviewer.uganda"), "same agency ID: " + all);
        assertTrue(reviewersOf(all, sameName).contains("reviewer.uganda"), "same name, other agency: " + all);
        assertFalse(reviewersOf(all, freeText).contains("reviewer.uganda"), "free text, same name: " + all);
        assertEquals(Set.of("reviewer", "reviewer.kenya"), reviewersOf(all, sameId));
    }

    /** Null or left out (JSON-B leaves out null fields). */
    /**
     * A new fellow's first sign-in: the API gives no token for the one-time password, so they choose their own on
     * the profile page first; answers a token for that one.
     */
    String firstSignIn(String username, String oneTimePassword) {
        ApiClient.Reply refused = api.post("api/v1/auth/token", null, Json.createObjectBuilder()
                .add("username", username).add("password", oneTimePassword).build().toString());
        assertEquals(403, refused.status(), refused.body());
        String chosen = "Fellow-passphrase-" + run;
        WebSession.replaceOneTimePassword(base, username, oneTimePassword, chosen);
        return api.token(username, chosen);
    }

    static boolean absent(JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key);
    }

    static String fellowAccount(String username, String personId) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("username", username).add("displayName", "A Fellow")
                .add("roles", Json.createArrayBuilder().add("FELLOW")).add("preferredLanguage", "en");
        if (personId != null) {
            body.add("personId", personId);
        }
        return body.build().toString();
    }

    String agency(String iso, String name) {
        String state = api.get("api/v1/states/" + iso, staff).json().getJsonObject("state").getString("id");
        return Json.createObjectBuilder().add("stateId", state).add("type", "BORDER_CONTROL").add("name", name)
                .build().toString();
    }

    static JsonObject application(String motivation, int years) {
        return Json.createObjectBuilder().add("currentPost", "Inspector").add("agencyName", "KRA")
                .add("agencyType", "CUSTOMS").add("yearsExperience", years).add("motivation", motivation)
                .add("languages", Json.createArrayBuilder().add("en")).add("sex", "FEMALE")
                .add("ageBand", "FROM_30_TO_39").build();
    }

    ApiClient.Reply nominateAt(String token, String id, String family, String agencyName, String agencyId) {
        JsonObjectBuilder app = Json.createObjectBuilder().add("currentPost", "Inspector").add("agencyName", agencyName)
                .add("agencyType", "BORDER_CONTROL").add("yearsExperience", 6).add("motivation", "Tracing")
                .add("languages", Json.createArrayBuilder().add("fr")).add("sex", "MALE").add("ageBand", "FROM_30_TO_39");
        if (agencyId != null) {
            app.add("agencyId", agencyId);
        }
        JsonObject body = Json.createObjectBuilder().add("stateId", "BI")
                .add("person", Json.createObjectBuilder().add("givenName", "Test").add("familyName", family + run)
                        .add("email", family.toLowerCase() + "." + run + "@fellows.example"))
                .add("application", app)
                .add("noteVerbale", Json.createObjectBuilder().add("fileName", "NV-BI.pdf")
                        .add("contentType", "application/pdf").add("base64", Base64.getEncoder().encodeToString(PDF)))
                .build();
        return api.post(CALLS + "/" + id + "/nominations", token, body.toString());
    }

    // ------------------------------------------------------------------ helpers

    JsonObject callDetails(int maxPerState, String states, List<String> agencyTypes, int minYears, String language,
                           int reviewers, int seats) {
        LocalDate today = LocalDate.now();
        JsonArrayBuilder types = Json.createArrayBuilder();
        agencyTypes.forEach(types::add);
        JsonObjectBuilder eligibility = Json.createObjectBuilder().add("states", states).add("agencyTypes", types)
                .add("minYearsExperience", minYears);
        if (language != null) {
            eligibility.add("requiredLanguage", language);
        }
        return Json.createObjectBuilder()
                .add("title", "IT fellowship " + run).add("theme", "Marking, record-keeping and tracing")
                .add("seats", seats).add("languages", Json.createArrayBuilder().add("en").add("fr"))
                .add("eligibility", eligibility).add("maxNominationsPerState", maxPerState)
                .add("womenTargetPercent", 50).add("developingTargetPercent", 80)
                .add("deadlines", Json.createObjectBuilder().add("nomination", today.plusDays(20).toString())
                        .add("review", today.plusDays(30).toString()).add("selection", today.plusDays(40).toString())
                        .add("acceptance", today.plusDays(50).toString()))
                .add("reviewersPerApplication", reviewers)
                .add("phases", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("kind", "ONLINE").add("title", "Online modules")
                                .add("startsOn", today.plusDays(60).toString()).add("endsOn", today.plusDays(90).toString()))
                        .add(Json.createObjectBuilder().add("kind", "IN_PERSON").add("title", "Residential")
                                .add("startsOn", today.plusDays(100).toString()).add("endsOn", today.plusDays(114).toString())
                                .add("venue", "Nairobi")))
                .add("criteria", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", "Need").add("weight", 50))
                        .add(Json.createObjectBuilder().add("label", "Experience").add("weight", 30))
                        .add(Json.createObjectBuilder().add("label", "Motivation").add("weight", 20)))
                .add("completion", Json.createObjectBuilder().add("onlinePhaseRequired", true)
                        .add("minAttendancePercent", 80))
                .build();
    }

    JsonObject openCall(JsonObject details) {
        ApiClient.Reply created = api.post(CALLS, staff, Json.createObjectBuilder().add("details", details).build()
                .toString());
        assertEquals(201, created.status(), created.body());
        return move(created.json().getString("id"), "OPEN");
    }

    JsonObject move(String id, String status) {
        long version = api.get(CALLS + "/" + id, staff).json().getJsonNumber("version").longValue();
        ApiClient.Reply moved = api.post(CALLS + "/" + id + "/status", staff, "{\"status\":\"" + status
                + "\",\"version\":" + version + "}");
        assertEquals(200, moved.status(), moved.body());
        assertEquals(status, moved.json().getString("status"));
        return moved.json();
    }

    void toReview(String id) {
        move(id, "CLOSED");
        move(id, "IN_REVIEW");
    }

    ApiClient.Reply nominate(String token, String id, String iso, String family, String sex, int years,
                             String agencyType, String agency, String... languages) {
        JsonObjectBuilder note = Json.createObjectBuilder().add("fileName", "NV-" + iso + ".pdf")
                .add("contentType", "application/pdf").add("base64", Base64.getEncoder().encodeToString(PDF));
        return api.post(CALLS + "/" + id + "/nominations", token,
                nomination(iso, family, sex, years, agencyType, agency, note, languages).toString());
    }

    JsonObject nomination(String iso, String family, String sex, int years, String agencyType, String agency,
                          JsonObjectBuilder note, String... languages) {
        JsonArrayBuilder langs = Json.createArrayBuilder();
        for (String l : languages.length == 0 ? new String[] {"en"} : languages) {
            langs.add(l);
        }
        JsonObjectBuilder body = Json.createObjectBuilder().add("stateId", iso)
                .add("person", Json.createObjectBuilder().add("givenName", "Test").add("familyName", family + run)
                        .add("email", family.toLowerCase() + "." + run + "@fellows.example"))
                .add("application", Json.createObjectBuilder().add("currentPost", "Inspector")
                        .add("agencyName", agency).add("agencyType", agencyType).add("yearsExperience", years)
                        .add("motivation", "To strengthen tracing in my unit").add("languages", langs)
                        .add("sex", sex).add("ageBand", "FROM_30_TO_39"));
        if (note != null) {
            body.add("noteVerbale", note);
        }
        return body.build();
    }

    JsonObject created(ApiClient.Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    void declare(String username, String iso, String agency) {
        JsonObject current = api.get(CALLS + "/reviewers/" + username + "/declaration", staff).json();
        JsonObjectBuilder body = Json.createObjectBuilder().add("stateId", iso)
                .add("version", current.getJsonNumber("version").longValue());
        if (agency != null) {
            body.add("agency", agency);
        }
        ApiClient.Reply saved = api.put(CALLS + "/reviewers/" + username + "/declaration", staff, body.build().toString());
        assertEquals(200, saved.status(), saved.body());
    }

    static Set<String> reviewersOf(JsonArray assignments, String nomination) {
        return assignments.stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("nominationId").equals(nomination)).map(a -> a.getString("reviewer"))
                .collect(Collectors.toSet());
    }

    JsonObject assignmentOf(String token, String id, String nomination) {
        return api.get(CALLS + "/" + id + "/review-assignments", token).structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(a -> a.getString("nominationId").equals(nomination))
                .findFirst().orElseThrow(() -> new AssertionError("no assignment for " + nomination));
    }

    ApiClient.Reply score(String token, String id, JsonObject assignment, List<String> criteria, int... scores) {
        JsonObjectBuilder map = Json.createObjectBuilder();
        for (int i = 0; i < criteria.size(); i++) {
            map.add(criteria.get(i), scores[i]);
        }
        return api.put(CALLS + "/" + id + "/review-assignments/" + assignment.getString("id"), token,
                Json.createObjectBuilder().add("scores", map).add("comment", "Solid profile")
                        .add("version", assignment.getJsonNumber("version").longValue()).build().toString());
    }

    static String decision(String id, JsonObject nomination) {
        return CALLS + "/" + id + "/nominations/" + nomination.getString("id") + "/decision";
    }

    JsonObject decide(String id, JsonObject nomination, String decision, String reason, LocalDate deadline) {
        long version = api.get(CALLS + "/" + id + "/nominations/" + nomination.getString("id"), staff).json()
                .getJsonNumber("version").longValue();
        JsonObjectBuilder body = Json.createObjectBuilder().add("decision", decision).add("reason", reason)
                .add("version", version);
        if (deadline != null) {
            body.add("offerDeadline", deadline.toString());
        }
        ApiClient.Reply reply = api.post(decision(id, nomination), staff, body.build().toString());
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    ApiClient.Reply answer(String token, String id, JsonObject nomination, boolean accept) {
        return api.post(CALLS + "/" + id + "/nominations/" + nomination.getString("id") + "/offer-answer", token,
                "{\"accept\":" + accept + ",\"version\":" + nomination.getJsonNumber("version") + "}");
    }

    void attend(String id, String session, JsonObject fellow, boolean present) {
        assertEquals(204, api.put(CALLS + "/" + id + "/cohort/sessions/" + session + "/attendance/"
                + fellow.getString("id"), staff, "{\"present\":" + present + "}").status());
    }

    static Set<String> strings(JsonArray array) {
        return array.stream().map(v -> ((jakarta.json.JsonString) v).getString()).collect(Collectors.toSet());
    }

    byte[] bytes(String path, String token) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base.toString().endsWith("/") ? base.toString() : base + "/").resolve(path)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        return response.body();
    }
}
