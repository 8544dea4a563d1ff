package org.salwhub.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Matching through the API: ranked candidates with their explanation in the caller's language, the match workflow
 * with both parties' consent, partial matches leaving the remaining quantity open, duplicate-funding warnings, and
 * no over-commitment when staff confirm overlapping matches at the same moment.
 */
class MatchingIT {

    /** The run's one server (see {@link TestServer}). */
    final URL base = TestServer.url();

    AssistanceApi a;

    @BeforeEach
    void client() {
        a = new AssistanceApi(new ApiClient(base));
    }

    private JsonObject candidate(JsonArray candidates, String key, String id) {
        return candidates.stream().map(v -> v.asJsonObject()).filter(c -> c.getString(key).equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not among " + candidates));
    }

    @Test
    void candidatesAreRankedAndExplainedInTheCallersLanguage() {
        JsonObject need = a.publishedNeed("fp.kenya", AssistanceApi.need("KE",
                AssistanceApi.unique("Eight marking machines"), List.of("MARKING"), "MARKING_MACHINE", 8));
        JsonObject five = a.publishedOffer("donor.eu", AssistanceApi.offer("EU", AssistanceApi.unique("Five machines"),
                List.of("MARKING"), "MARKING_MACHINE", 5));
        JsonObject eight = a.publishedOffer("donor.gffo", AssistanceApi.offer("GFFO",
                AssistanceApi.unique("Eight machines"), List.of("MARKING"), "MARKING_MACHINE", 8));
        JsonObject elsewhere = a.publishedOffer("donor.eu", AssistanceApi.offer("EU",
                AssistanceApi.unique("West Africa only"), List.of("MARKING"), "MARKING_MACHINE", 8)
                .add("eligibleSubregions", Json.createArrayBuilder().add("WESTERN_AFRICA")));

        ApiClient.Reply reply = a.api.get("api/v1/needs/" + need.getString("id") + "/candidates?limit=200",
                a.token("staff"), "en");
        assertEquals(200, reply.status(), reply.body());
        JsonArray candidates = reply.structure().asJsonArray();
        JsonObject partial = candidate(candidates, "offerId", five.getString("id"));
        JsonObject full = candidate(candidates, "offerId", eight.getString("id"));
        assertTrue(full.getJsonNumber("total").doubleValue() > partial.getJsonNumber("total").doubleValue());
        assertTrue(candidates.indexOf(full) < candidates.indexOf(partial), "the better offer first");
        assertTrue(partial.getString("explanation").contains("Marking machine (dot-peen or stamping): covers 5 of 8"),
                partial.getString("explanation"));
        assertTrue(full.getString("explanation").contains("covers all 8 requested"), full.getString("explanation"));
        assertTrue(candidates.stream().noneMatch(c -> c.asJsonObject().getString("offerId")
                .equals(elsewhere.getString("id"))), "an offer for other subregions is filtered out");
        JsonObject lines = partial.getJsonArray("reasons").stream().map(v -> v.asJsonObject())
                .filter(r -> r.getString("component").equals("lines")).findFirst().orElseThrow();
        assertEquals("match.reason.lines.partial", lines.getString("messageKey"));
        assertEquals(0.625, lines.getJsonNumber("score").doubleValue(), 1e-9);

        String french = a.api.get("api/v1/needs/" + need.getString("id") + "/candidates?limit=200",
                a.token("staff"), "fr").body();
        assertTrue(french.contains("Machine de marquage (micro-percussion ou estampage) : couvre 5 sur 8"), french);
        String arabic = a.api.get("api/v1/needs/" + need.getString("id") + "/candidates?limit=200",
                a.token("fp.sudan")).body();
        assertTrue(arabic.contains("آلة وسم (بالنقر النقطي أو بالختم): يغطي 5 من 8")
                || arabic.contains("آلة وسم (بالنقر النقطي أو بالختم): يغطي ٥ من ٨"), "fp.sudan reads Arabic: " + arabic);

        JsonArray needs = a.api.get("api/v1/offers/" + eight.getString("id") + "/candidates?limit=200",
                a.token("donor.gffo")).structure().asJsonArray();
        assertTrue(candidate(needs, "needId", need.getString("id")).getString("explanation")
                .contains("covers all 8 requested"));

        // the ranking follows every change of the offers at once (the server keeps them indexed between requests)
        a.moved("api/v1/offers", "donor.eu", a.get("api/v1/offers/" + five.getString("id"), "donor.eu"), "withdraw");
        JsonObject later = a.publishedOffer("donor.eu", AssistanceApi.offer("EU", AssistanceApi.unique("Six machines"),
                List.of("MARKING"), "MARKING_MACHINE", 6));
        JsonArray after = a.api.get("api/v1/needs/" + need.getString("id") + "/candidates?limit=200",
                a.token("staff"), "en").structure().asJsonArray();
        assertTrue(after.stream().noneMatch(c -> c.asJsonObject().getString("offerId").equals(five.getString("id"))),
                "a withdrawn offer is no candidate any more");
        assertTrue(candidate(after, "offerId", later.getString("id")).getString("explanation")
                .contains("covers 6 of 8"), "a new offer is ranked at once");
        assertEquals(full.getJsonNumber("total").doubleValue(),
                candidate(after, "offerId", eight.getString("id")).getJsonNumber("total").doubleValue(), 1e-9);
    }

    @Test
    void aPartialMatchLeavesTheRemainingQuantityOpenAfterBothPartiesConsent() {
        JsonObject need = a.publishedNeed("fp.kenya", AssistanceApi.need("KE",
                AssistanceApi.unique("Laser engravers"), List.of("MARKING"), "LASER_ENGRAVER", 8));
        JsonObject offer = a.publishedOffer("donor.eu", AssistanceApi.offer("EU", AssistanceApi.unique("Five engravers"),
                List.of("MARKING"), "LASER_ENGRAVER", 5));
        assertEquals(403, a.api.post("api/v1/matches", a.token("donor.gffo"), Json.createObjectBuilder()
                .add("needId", need.getString("id")).add("offerId", offer.getString("id")).build().toString()).status(),
                "another donor cannot propose the EU's offer");
        assertEquals(403, a.api.post("api/v1/matches", a.token("fp.kenya"), Json.createObjectBuilder()
                .add("needId", need.getString("id")).add("offerId", offer.getString("id")).build().toString()).status());

        // no lines given: the suggestion is what both still have, 5
        JsonObject match = a.created("api/v1/matches", "donor.eu", Json.createObjectBuilder()
                .add("needId", need.getString("id")).add("offerId", offer.getString("id")));
        assertEquals("PROPOSED", match.getString("status"));
        assertEquals(5, match.getJsonArray("lines").getJsonObject(0).getInt("quantity"));
        assertEquals(400, a.move("api/v1/matches", "staff", match, "confirm", null).status(), "no consent yet");
        assertEquals(400, a.move("api/v1/matches", "donor.eu", match, "accept-donor", null).status(),
                "the State consents first");
        assertEquals(403, a.move("api/v1/matches", "fp.sudan", match, "accept-recipient", null).status());
        assertEquals(403, a.move("api/v1/matches", "donor.eu", match, "accept-recipient", null).status());
        assertEquals(403, a.move("api/v1/matches", "staff", match, "accept-recipient", null).status(),
                "staff do not consent for the State");
        match = a.moved("api/v1/matches", "fp.kenya", match, "accept-recipient");
        assertEquals(403, a.move("api/v1/matches", "donor.gffo", match, "accept-donor", null).status());
        assertEquals(403, a.move("api/v1/matches", "fp.kenya", match, "accept-donor", null).status());
        assertEquals(403, a.move("api/v1/matches", "staff", match, "accept-donor", null).status(),
                "staff do not consent for the donor");
        match = a.moved("api/v1/matches", "donor.eu", match, "accept-donor");
        assertEquals(403, a.move("api/v1/matches", "donor.eu", match, "confirm", null).status(), "staff confirm");
        match = a.moved("api/v1/matches", "staff", match, "confirm");
        assertEquals("CONFIRMED", match.getString("status"));
        assertEquals("staff", match.getString("confirmedBy"));

        JsonObject afterNeed = a.get("api/v1/needs/" + need.getString("id"), "fp.kenya");
        assertEquals("PARTIALLY_MATCHED", afterNeed.getString("status"));
        assertEquals(3, AssistanceApi.remaining(afterNeed, "LASER_ENGRAVER"));
        JsonObject afterOffer = a.get("api/v1/offers/" + offer.getString("id"), "donor.eu");
        assertEquals("FULLY_COMMITTED", afterOffer.getString("status"));
        assertEquals(0, AssistanceApi.remaining(afterOffer, "LASER_ENGRAVER"));
        assertEquals(400, a.move("api/v1/matches", "staff", match, "confirm", null).status(), "confirmed once");
        assertTrue(a.api.get("api/v1/needs/" + need.getString("id") + "/candidates?limit=200", a.token("staff"))
                .structure().asJsonArray().stream().noneMatch(c -> c.asJsonObject().getString("offerId")
                        .equals(offer.getString("id"))), "an offer fully committed is no candidate any more");

        // the rest from another donor: matched
        JsonObject rest = a.publishedOffer("donor.gffo", AssistanceApi.offer("GFFO", AssistanceApi.unique("Engravers"),
                List.of("MARKING"), "LASER_ENGRAVER", 10));
        JsonObject second = a.acceptedMatch("staff", afterNeed, rest, "LASER_ENGRAVER", 3, "fp.kenya", "donor.gffo");
        a.moved("api/v1/matches", "staff", second, "confirm");
        assertEquals("MATCHED", a.get("api/v1/needs/" + need.getString("id"), "fp.kenya").getString("status"));
        JsonObject partly = a.get("api/v1/offers/" + rest.getString("id"), "donor.gffo");
        assertEquals("PARTIALLY_COMMITTED", partly.getString("status"));
        assertEquals(7, AssistanceApi.remaining(partly, "LASER_ENGRAVER"));
        assertTrue(a.api.get("api/v1/matches?need=" + need.getString("id"), a.token("donor.gffo")).structure()
                .asJsonArray().size() == 1, "a donor sees only its own organisation's matches");
        assertEquals(2, a.api.get("api/v1/matches?need=" + need.getString("id"), a.token("fp.kenya")).structure()
                .asJsonArray().size());
        assertEquals(0, a.api.get("api/v1/matches?need=" + need.getString("id"), a.token("fp.sudan")).structure()
                .asJsonArray().size());

        JsonObject started = a.moved("api/v1/needs", "staff", a.get("api/v1/needs/" + need.getString("id"), "staff"),
                "start-project");
        assertEquals("FULFILLED", a.moved("api/v1/needs", "staff", started, "fulfil").getString("status"));
    }

    @Test
    void aMatchFundingQuantityAlreadyCoveredIsFlaggedAndCannotBeConfirmed() {
        JsonObject need = a.publishedNeed("fp.kenya", AssistanceApi.need("KE",
                AssistanceApi.unique("Computers for the registry"), List.of("RECORD_KEEPING"), "COMPUTERS", 10));
        JsonObject eu = a.publishedOffer("donor.eu", AssistanceApi.offer("EU", AssistanceApi.unique("EU computers"),
                List.of("RECORD_KEEPING"), "COMPUTERS", 10));
        JsonObject gffo = a.publishedOffer("donor.gffo", AssistanceApi.offer("GFFO", AssistanceApi.unique("GFFO computers"),
                List.of("RECORD_KEEPING"), "COMPUTERS", 10));
        JsonObject first = a.acceptedMatch("staff", need, eu, "COMPUTERS", 8, "fp.kenya", "donor.eu");
        JsonObject second = a.created("api/v1/matches", "donor.gffo", Json.createObjectBuilder()
                .add("needId", need.getString("id")).add("offerId", gffo.getString("id"))
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("itemCode", "COMPUTERS")
                        .add("quantity", 6))));
        assertTrue(second.getJsonArray("warnings").stream().anyMatch(w -> w.asJsonObject().getString("code")
                .equals("match.pendingOverlap")), second.toString());
        a.moved("api/v1/matches", "staff", first, "confirm");

        JsonObject flagged = a.get("api/v1/matches/" + second.getString("id"), "staff");
        JsonObject warning = flagged.getJsonArray("warnings").getJsonObject(0);
        assertEquals("match.alreadyCovered", warning.getString("code"));
        assertTrue(warning.getString("text").contains("8 of 10"), warning.toString());
        flagged = a.moved("api/v1/matches", "fp.kenya", flagged, "accept-recipient");
        flagged = a.moved("api/v1/matches", "donor.gffo", flagged, "accept-donor");
        ApiClient.Reply refused = a.move("api/v1/matches", "staff", flagged, "confirm", null);
        assertEquals(400, refused.status(), refused.body());
        assertEquals("match.alreadyCovered", refused.json().getJsonArray("errors").getJsonObject(0).getString("code"));
        assertEquals(2, AssistanceApi.remaining(a.get("api/v1/needs/" + need.getString("id"), "staff"), "COMPUTERS"));
        assertEquals(10, AssistanceApi.remaining(a.get("api/v1/offers/" + gffo.getString("id"), "staff"), "COMPUTERS"),
                "nothing of the GFFO's offer was committed");
        JsonObject declined = a.moved("api/v1/matches", "donor.gffo", a.get("api/v1/matches/" + second.getString("id"),
                "staff"), "decline");
        assertEquals("DECLINED", declined.getString("status"));
    }

    /** Two staff confirm two matches drawing on the same offer at the same moment: the offer never over-commits. */
    @Test
    void concurrentConfirmationsNeverOverCommitAnOffer() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            String[] staff = {a.token("staff"), a.token("admin")};
            for (int round = 0; round < 4; round++) {
                JsonObject offer = a.publishedOffer("donor.eu", AssistanceApi.offer("EU",
                        AssistanceApi.unique("Five imaging kits"), List.of("TRACING"), "DIGITAL_IMAGING", 5));
                List<JsonObject> matches = new ArrayList<>();
                for (String state : List.of("KE", "BI")) {
                    JsonObject need = a.publishedNeed("staff", AssistanceApi.need(state,
                            AssistanceApi.unique("Four imaging kits"), List.of("TRACING"), "DIGITAL_IMAGING", 4));
                    matches.add(a.acceptedMatch("staff", need, offer, "DIGITAL_IMAGING", 4,
                            state.equals("KE") ? "fp.kenya" : "fp.burundi", "donor.eu"));
                }
                List<Integer> statuses = confirmAtOnce(pool, staff, matches);
                Collections.sort(statuses);
                assertEquals(List.of(200, 400), statuses, "round " + round + ": exactly one confirmation wins");
                JsonObject after = a.get("api/v1/offers/" + offer.getString("id"), "staff");
                assertEquals(1, AssistanceApi.remaining(after, "DIGITAL_IMAGING"), after.toString());
                assertEquals("PARTIALLY_COMMITTED", after.getString("status"));
                long confirmed = a.api.get("api/v1/matches?offer=" + offer.getString("id") + "&status=CONFIRMED",
                        staff[0]).structure().asJsonArray().size();
                assertEquals(1, confirmed);
            }

            // the same need covered by two offers at once: the need is never over-covered either
            JsonObject need = a.publishedNeed("staff", AssistanceApi.need("SD", AssistanceApi.unique("Three kits"),
                    List.of("TRACING"), "DIGITAL_IMAGING", 3));
            List<JsonObject> matches = new ArrayList<>();
            for (String org : List.of("EU", "GFFO")) {
                JsonObject offer = a.publishedOffer("staff", AssistanceApi.offer(org, AssistanceApi.unique("Kits"),
                        List.of("TRACING"), "DIGITAL_IMAGING", 3));
                matches.add(a.acceptedMatch("staff", need, offer, "DIGITAL_IMAGING", 3, "fp.sudan",
                        org.equals("EU") ? "donor.eu" : "donor.gffo"));
            }
            List<Integer> statuses = confirmAtOnce(pool, staff, matches);
            Collections.sort(statuses);
            assertEquals(List.of(200, 400), statuses);
            JsonObject covered = a.get("api/v1/needs/" + need.getString("id"), "staff");
            assertEquals("MATCHED", covered.getString("status"));
            assertEquals(0, AssistanceApi.remaining(covered, "DIGITAL_IMAGING"));
            assertEquals(3, covered.getJsonArray("lines").getJsonObject(0).getInt("done"));
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Integer> confirmAtOnce(ExecutorService pool, String[] tokens, List<JsonObject> matches)
            throws Exception {
        CyclicBarrier start = new CyclicBarrier(matches.size());
        List<Future<ApiClient.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            JsonObject match = matches.get(i);
            String token = tokens[i % tokens.length];
            ApiClient client = new ApiClient(base);
            replies.add(pool.submit(() -> {
                start.await();
                return client.post("api/v1/matches/" + match.getString("id") + "/confirm", token,
                        Json.createObjectBuilder().add("version", match.getJsonNumber("version").longValue()).build()
                                .toString());
            }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<ApiClient.Reply> reply : replies) {
            ApiClient.Reply r = reply.get();
            assertFalse(r.status() >= 500, r.body());
            statuses.add(r.status());
        }
        return statuses;
    }
}
