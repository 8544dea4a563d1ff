package org.salwhub.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The fellowship programme through the API, as each role: quota and deadline, eligibility screening and override,
 * conflict-free reviewer assignment (agencies by registry ID), weighted scores, waitlist promotion, certificates,
 * every access rule, and the nominee's own account (a fellow sees and does only what is theirs).
 * Each test runs its own call, so the tests share nothing but the demo accounts.
 */
class FellowshipIT extends FellowshipItBase {

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
}
