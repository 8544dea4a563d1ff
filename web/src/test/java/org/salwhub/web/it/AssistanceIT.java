package org.salwhub.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Needs and offers through the API as every demo role: the need lifecycle with its completeness checks and
 * illegal transitions refused, the offer lifecycle, who sees what (drafts, restricted needs), duplicate warnings,
 * and the staff-maintained reference data.
 */
class AssistanceIT {

    /** The run's one server (see {@link TestServer}). */
    final URL base = TestServer.url();

    AssistanceApi a;

    @BeforeEach
    void client() {
        a = new AssistanceApi(new ApiClient(base));
    }

    private static Set<String> ids(JsonObject page) {
        return page.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("id")).collect(Collectors.toSet());
    }

    private static String errorCode(ApiClient.Reply reply) {
        return reply.json().getJsonArray("errors").getJsonObject(0).getString("code");
    }

    // ------------------------------------------------------------------ needs

    @Test
    void aNeedGoesFromDraftToPublishedAndIllegalTransitionsAreRefused() {
        String title = AssistanceApi.unique("Marking machines for the Coast region");
        JsonObject need = a.created("api/v1/needs", "fp.kenya",
                AssistanceApi.need("KE", title, List.of("MARKING"), "MARKING_MACHINE", 4)
                        .add("sustainmentMaintenance", "").add("sustainmentLogistics", ""));
        assertEquals("DRAFT", need.getString("status"));
        assertEquals(Set.of("en", "sw"), need.getJsonArray("languages").stream()
                .map(v -> ((jakarta.json.JsonString) v).getString()).collect(Collectors.toSet()), "Kenya's languages");

        ApiClient.Reply incomplete = a.move("api/v1/needs", "fp.kenya", need, "submit", null);
        assertEquals(400, incomplete.status(), "equipment without a full sustainment plan");
        Set<String> fields = incomplete.json().getJsonArray("errors").stream()
                .map(v -> v.asJsonObject().getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of("sustainmentMaintenance", "sustainmentLogistics"), fields, incomplete.body());

        ApiClient.Reply updated = a.api.put("api/v1/needs/" + need.getString("id"), a.token("fp.kenya"),
                AssistanceApi.need("KE", title, List.of("MARKING"), "MARKING_MACHINE", 4)
                        .add("version", need.getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, updated.status(), updated.body());
        need = a.moved("api/v1/needs", "fp.kenya", updated.json(), "submit");
        assertEquals("SUBMITTED", need.getString("status"));

        assertEquals(403, a.move("api/v1/needs", "fp.kenya", need, "validate", null).status(), "staff validate");
        assertEquals(403, a.move("api/v1/needs", "donor.eu", need, "validate", null).status());
        ApiClient.Reply publishTooEarly = a.move("api/v1/needs", "staff", need, "publish", null);
        assertEquals(400, publishTooEarly.status());
        assertEquals("transition.illegal", errorCode(publishTooEarly));

        ApiClient.Reply noComment = a.move("api/v1/needs", "staff", need, "return", null);
        assertEquals(400, noComment.status());
        assertEquals("need.returnComment", errorCode(noComment));
        ApiClient.Reply returned = a.move("api/v1/needs", "staff", need, "return", "Add the delivery sites.");
        assertEquals("RETURNED", returned.json().getString("status"));
        assertEquals(404, a.move("api/v1/needs", "fp.sudan", returned.json(), "submit", null).status(),
                "another State's focal point does not even see it");
        assertEquals(200, a.move("api/v1/needs", "fp.kenya", returned.json(), "submit", null).status());
    }

    @Test
    void staffReturnWithCommentsThenValidateAndPublish() {
        JsonObject need = a.created("api/v1/needs", "fp.kenya", AssistanceApi.need("KE",
                AssistanceApi.unique("Digital imaging for the ballistics lab"), List.of("TRACING"), "DIGITAL_IMAGING", 2));
        need = a.moved("api/v1/needs", "fp.kenya", need, "submit");
        ApiClient.Reply returned = a.move("api/v1/needs", "staff", need, "return", "Name the laboratory, please.");
        assertEquals(200, returned.status(), returned.body());
        need = returned.json();
        assertEquals("RETURNED", need.getString("status"));
        assertEquals("Name the laboratory, please.", need.getString("reviewComment"));
        need = a.moved("api/v1/needs", "fp.kenya", need, "submit");
        need = a.moved("api/v1/needs", "staff", need, "validate");
        assertEquals(400, a.move("api/v1/needs", "staff", need, "validate", null).status(), "validated once");
        need = a.moved("api/v1/needs", "staff", need, "publish");
        assertEquals("PUBLISHED", need.getString("status"));
        assertEquals(400, a.move("api/v1/needs", "staff", need, "fulfil", null).status(), "not in a project yet");
        assertEquals(400, a.move("api/v1/needs", "fp.kenya", need, "submit", null).status());
        ApiClient.Reply edit = a.api.put("api/v1/needs/" + need.getString("id"), a.token("fp.kenya"),
                AssistanceApi.need("KE", "changed", List.of("TRACING")).add("version",
                        need.getJsonNumber("version").longValue()).build().toString());
        assertEquals(400, edit.status(), "a published need is not edited");
        assertEquals("need.notEditable", errorCode(edit));

        JsonObject withdrawn = a.moved("api/v1/needs", "fp.kenya", need, "withdraw");
        assertEquals("WITHDRAWN", withdrawn.getString("status"));
        assertEquals(400, a.move("api/v1/needs", "staff", withdrawn, "publish", null).status());
    }

    @Test
    void aFocalPointFilesOnlyForTheirOwnStateAndStaffOnBehalf() {
        ApiClient.Reply other = a.api.post("api/v1/needs", a.token("fp.sudan"), AssistanceApi.need("KE",
                AssistanceApi.unique("Not Sudan's"), List.of("MARKING")).build().toString());
        assertEquals(403, other.status(), other.body());
        assertEquals(403, a.api.post("api/v1/needs", a.token("donor.eu"), AssistanceApi.need("KE",
                AssistanceApi.unique("Donors do not file needs"), List.of("MARKING")).build().toString()).status());
        assertEquals(403, a.api.post("api/v1/needs", a.token("reviewer"), AssistanceApi.need("KE",
                AssistanceApi.unique("Nor reviewers"), List.of("MARKING")).build().toString()).status());
        JsonObject onBehalf = a.created("api/v1/needs", "staff", AssistanceApi.need("SD",
                AssistanceApi.unique("Filed by staff for Sudan"), List.of("RECORD_KEEPING"), "COMPUTERS", 5));
        assertEquals("DRAFT", onBehalf.getString("status"));
        assertEquals(Set.of("ar", "en"), onBehalf.getJsonArray("languages").stream()
                .map(v -> ((jakarta.json.JsonString) v).getString()).collect(Collectors.toSet()));
        assertEquals(200, a.api.get("api/v1/needs/" + onBehalf.getString("id"), a.token("fp.sudan")).status(),
                "Sudan's focal point sees the draft filed for Sudan");
        assertEquals(401, a.api.get("api/v1/needs", null).status());
        ApiClient.Reply unknownTheme = a.api.post("api/v1/needs", a.token("fp.kenya"), AssistanceApi.need("KE",
                AssistanceApi.unique("Bad theme"), List.of("ASTROLOGY")).build().toString());
        assertEquals(400, unknownTheme.status());
        assertEquals("term.unknown", errorCode(unknownTheme));
    }

    @Test
    void draftsAndRestrictedNeedsAreHiddenFromThoseWhoMayNotSeeThem() {
        JsonObject draft = a.created("api/v1/needs", "fp.kenya", AssistanceApi.need("KE",
                AssistanceApi.unique("Kenya draft"), List.of("MARKING"), "MARKING_MACHINE", 1));
        JsonObject restricted = a.publishedNeed("fp.kenya", AssistanceApi.need("KE",
                AssistanceApi.unique("Kenya restricted"), List.of("BORDER_CONTROL"), "DIGITAL_IMAGING", 3)
                .add("confidentiality", "RESTRICTED"));
        JsonObject open = a.publishedNeed("fp.kenya", AssistanceApi.need("KE",
                AssistanceApi.unique("Kenya published"), List.of("BORDER_CONTROL"), "DIGITAL_IMAGING", 3));
        String query = "api/v1/needs?state=KE&theme=BORDER_CONTROL&max=500";
        for (String user : List.of("donor.eu", "donor.gffo", "fp.sudan", "reviewer")) {
            Set<String> seen = ids(a.get(query, user));
            assertTrue(seen.contains(open.getString("id")), user + " sees the published need");
            assertFalse(seen.contains(restricted.getString("id")), user + " does not see the restricted need");
            assertEquals(404, a.api.get("api/v1/needs/" + restricted.getString("id"), a.token(user)).status(), user);
            assertEquals(404, a.api.get("api/v1/needs/" + draft.getString("id"), a.token(user)).status(), user);
        }
        for (String user : List.of("staff", "admin", "fp.kenya")) {
            assertTrue(ids(a.get(query, user)).containsAll(Set.of(open.getString("id"), restricted.getString("id"))),
                    user);
        }
        // once a match with an EU offer exists, the EU's donors see the restricted need; the GFFO's still do not
        JsonObject offer = a.publishedOffer("donor.eu", AssistanceApi.offer("EU", AssistanceApi.unique("EU imaging"),
                List.of("BORDER_CONTROL"), "DIGITAL_IMAGING", 3));
        a.created("api/v1/matches", "staff", Json.createObjectBuilder().add("needId", restricted.getString("id"))
                .add("offerId", offer.getString("id")));
        assertEquals(200, a.api.get("api/v1/needs/" + restricted.getString("id"), a.token("donor.eu")).status());
        assertTrue(ids(a.get(query, "donor.eu")).contains(restricted.getString("id")));
        assertEquals(404, a.api.get("api/v1/needs/" + restricted.getString("id"), a.token("donor.gffo")).status());
        assertFalse(a.api.get("api/v1/offers/" + offer.getString("id") + "/candidates?limit=200", a.token("donor.gffo"))
                .body().contains(restricted.getString("id")), "nor among the candidates of an offer");
    }

    @Test
    void aNewNeedOverlappingAnOpenNeedOfTheSameStateIsFlagged() {
        JsonObject first = a.publishedNeed("fp.kenya", AssistanceApi.need("KE",
                AssistanceApi.unique("Ammunition storage"), List.of("AMMUNITION_MANAGEMENT", "STOCKPILE_MANAGEMENT"),
                "STORAGE_SECURITY", 4));
        JsonObject second = a.created("api/v1/needs", "fp.kenya", AssistanceApi.need("KE",
                AssistanceApi.unique("Ammunition depots again"), List.of("AMMUNITION_MANAGEMENT"), "STORAGE_SECURITY", 2));
        JsonArray warnings = second.getJsonArray("warnings");
        assertTrue(warnings.stream().map(v -> v.asJsonObject()).anyMatch(w -> w.getString("code").equals("duplicate.need")
                && w.getString("relatedId").equals(first.getString("id"))
                && w.getString("text").contains("Ammunition management")), warnings.toString());
        JsonObject otherTheme = a.created("api/v1/needs", "fp.kenya", AssistanceApi.need("KE",
                AssistanceApi.unique("Gender"), List.of("GENDER_MAINSTREAMING")));
        assertTrue(otherTheme.getJsonArray("warnings").stream().noneMatch(w -> w.asJsonObject()
                .getString("relatedId").equals(first.getString("id"))), "no shared theme, no warning");
        JsonObject otherState = a.created("api/v1/needs", "fp.sudan", AssistanceApi.need("SD",
                AssistanceApi.unique("Sudan ammunition"), List.of("AMMUNITION_MANAGEMENT")));
        assertTrue(otherState.getJsonArray("warnings").stream().noneMatch(w -> w.asJsonObject()
                .getString("relatedId").equals(first.getString("id"))), "another State's need is no duplicate");
    }

    // ------------------------------------------------------------------ offers

    @Test
    void offersArePublishedByTheirDonorsAndDraftsStayPrivate() {
        JsonObject draft = a.created("api/v1/offers", "donor.eu", AssistanceApi.offer("EU",
                AssistanceApi.unique("EU draft offer"), List.of("MARKING"), "MARKING_MACHINE", 3));
        assertEquals("DRAFT", draft.getString("status"));
        for (String user : List.of("donor.gffo", "fp.kenya", "reviewer")) {
            assertEquals(404, a.api.get("api/v1/offers/" + draft.getString("id"), a.token(user)).status(), user);
            assertFalse(ids(a.get("api/v1/offers?max=500", user)).contains(draft.getString("id")), user);
        }
        assertTrue(ids(a.get("api/v1/offers?mine=true&max=500", "donor.eu")).contains(draft.getString("id")));
        assertEquals(403, a.api.post("api/v1/offers", a.token("donor.gffo"), AssistanceApi.offer("EU",
                AssistanceApi.unique("Not GFFO's"), List.of("MARKING")).build().toString()).status());
        assertEquals(403, a.api.post("api/v1/offers", a.token("fp.kenya"), AssistanceApi.offer("EU",
                AssistanceApi.unique("Not a donor"), List.of("MARKING")).build().toString()).status());
        assertEquals(404, a.move("api/v1/offers", "donor.gffo", draft, "publish", null).status(),
                "another donor cannot publish it: for them it does not exist");

        JsonObject published = a.moved("api/v1/offers", "donor.eu", draft, "publish");
        assertEquals(403, a.move("api/v1/offers", "donor.gffo", published, "withdraw", null).status(),
                "a published offer is seen by all, changed by its donor only");
        assertEquals("PUBLISHED", published.getString("status"));
        assertEquals(400, a.move("api/v1/offers", "donor.eu", published, "publish", null).status());
        assertEquals(200, a.api.get("api/v1/offers/" + draft.getString("id"), a.token("donor.gffo")).status());
        JsonObject withdrawn = a.moved("api/v1/offers", "donor.eu", published, "withdraw");
        assertEquals("WITHDRAWN", withdrawn.getString("status"));
        assertEquals(400, a.move("api/v1/offers", "donor.eu", withdrawn, "publish", null).status());

        ApiClient.Reply incomplete = a.api.post("api/v1/offers", a.token("donor.gffo"), Json.createObjectBuilder()
                .add("organisation", "GFFO").add("title", AssistanceApi.unique("Empty")).build().toString());
        assertEquals(201, incomplete.status(), "a draft may be incomplete");
        ApiClient.Reply publish = a.move("api/v1/offers", "donor.gffo", incomplete.json(), "publish", null);
        assertEquals(400, publish.status(), "but it is not published so");
    }

    // ------------------------------------------------------------------ reference data

    @Test
    void vocabulariesAreSeededInThreeLanguagesAndEditedByStaffOnly() {
        ApiClient.Reply themes = a.api.get("api/v1/vocabularies/themes", a.token("donor.eu"));
        assertEquals(200, themes.status());
        JsonArray list = themes.structure().asJsonArray();
        assertTrue(list.size() >= 22, "the 22 thematic areas of the issue");
        JsonObject marking = list.getJsonObject(0);
        assertEquals("MARKING", marking.getString("code"));
        assertEquals("Marquage", marking.getString("labelFr"));
        assertEquals("الوسم", marking.getString("labelAr"));
        assertEquals(7, a.api.get("api/v1/vocabularies/assistance-types", a.token("donor.eu")).structure()
                .asJsonArray().size());
        assertTrue(a.api.get("api/v1/vocabularies/equipment-types", a.token("fp.kenya")).body()
                .contains("Marking machine (dot-peen or stamping)"));

        String code = "TEST_" + AssistanceApi.unique("").trim().toUpperCase().replace("-", "");
        String term = Json.createObjectBuilder().add("code", code).add("labelEn", "Test area")
                .add("labelFr", "Domaine test").add("labelAr", "مجال اختبار").build().toString();
        assertEquals(403, a.api.post("api/v1/vocabularies/themes", a.token("donor.eu"), term).status());
        assertEquals(403, a.api.post("api/v1/vocabularies/themes", a.token("fp.kenya"), term).status());
        ApiClient.Reply added = a.api.post("api/v1/vocabularies/themes", a.token("staff"), term);
        assertEquals(201, added.status(), added.body());
        ApiClient.Reply renamed = a.api.put("api/v1/vocabularies/themes/" + code, a.token("staff"),
                Json.createObjectBuilder().add("labelEn", "Test area, renamed").add("active", false)
                        .add("version", added.json().getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, renamed.status(), renamed.body());
        assertFalse(renamed.json().getBoolean("active"));
        assertEquals(409, a.api.put("api/v1/vocabularies/themes/" + code, a.token("staff"),
                Json.createObjectBuilder().add("labelEn", "stale").add("version", 0).build().toString()).status());
    }

    @Test
    void exchangeRatesAndWeightsAreStaffMaintained() {
        JsonArray rates = a.api.get("api/v1/exchange-rates", a.token("donor.gffo")).structure().asJsonArray();
        JsonObject eur = rates.stream().map(v -> v.asJsonObject()).filter(r -> r.getString("currency").equals("EUR"))
                .findFirst().orElseThrow();
        String body = Json.createObjectBuilder().add("unitsPerUsd", 0.9).add("version",
                eur.getJsonNumber("version").longValue()).build().toString();
        assertEquals(403, a.api.put("api/v1/exchange-rates/EUR", a.token("donor.gffo"), body).status());
        ApiClient.Reply saved = a.api.put("api/v1/exchange-rates/XAF", a.token("staff"),
                Json.createObjectBuilder().add("unitsPerUsd", 565.5).add("version", 0).build().toString());
        assertTrue(saved.status() == 200 || saved.status() == 409, saved.body());
        ApiClient.Reply bad = a.api.put("api/v1/exchange-rates/ZZZ", a.token("staff"),
                Json.createObjectBuilder().add("unitsPerUsd", -1).add("version", 0).build().toString());
        assertEquals(400, bad.status());

        JsonObject weights = a.get("api/v1/matching-weights", "fp.kenya");
        assertTrue(weights.getJsonNumber("theme").doubleValue() > 0);
        assertEquals(403, a.api.put("api/v1/matching-weights", a.token("donor.eu"), weights.toString()).status());
    }

    // ------------------------------------------------------------------ gap dashboard

    @Test
    void theGapFiguresCompareRequestedOfferedAndCommittedByThemeStateAndAge() {
        JsonObject gaps = a.get("api/v1/assistance/gaps", "staff");
        JsonObject marking = gaps.getJsonArray("byTheme").stream().map(v -> v.asJsonObject())
                .filter(g -> g.getString("key").equals("MARKING")).findFirst().orElseThrow(() -> new AssertionError(gaps));
        assertTrue(marking.getJsonNumber("requestedUsd").doubleValue() > 0, marking.toString());
        assertTrue(marking.getJsonNumber("offeredUsd").doubleValue() > 0, marking.toString());
        assertTrue(marking.getJsonNumber("committedUsd").doubleValue() > 0, "the demo's confirmed matches");
        assertTrue(marking.getJsonNumber("committed").longValue() <= marking.getJsonNumber("requested").longValue());
        assertFalse(gaps.getJsonArray("byState").isEmpty());
        assertTrue(gaps.getJsonArray("byState").stream().map(v -> v.asJsonObject())
                        .anyMatch(g -> g.getJsonNumber("offeredUsd").doubleValue() > 0 && g.getJsonNumber("offered").longValue() > 0),
                "what donors put forward in matches counts as offered to the State: " + gaps.getJsonArray("byState"));
        assertEquals(5, gaps.getJsonArray("unmatchedByAge").size());
        assertTrue(gaps.getJsonArray("unmatchedByAge").getJsonObject(0).getJsonNumber("needs").longValue() >= 1,
                "demo needs published today wait in the first bucket");
        assertEquals(401, a.api.get("api/v1/assistance/gaps", null).status());
    }

    @Test
    void theGapFiguresNameTheCurrenciesTheirDollarSumsLeaveOut() {
        // XTS (the ISO code for testing) never gets a rate: its amounts cannot be summed in dollars
        JsonObject before = a.get("api/v1/assistance/gaps", "staff");
        JsonObject need = a.publishedNeed("fp.kenya", AssistanceApi.need("KE", AssistanceApi.unique("Ammunition stores"),
                List.of("AMMUNITION_MANAGEMENT"), "DESTRUCTION_EQUIPMENT", 2).add("currency", "XTS"));
        assertEquals("XTS", need.getString("currency"));
        JsonObject after = a.get("api/v1/assistance/gaps", "staff");
        JsonObject theme = row(after, "byTheme", "AMMUNITION_MANAGEMENT");
        assertTrue(theme.getJsonArray("missingRates").stream().anyMatch(v -> ((jakarta.json.JsonString) v).getString()
                .equals("XTS")), theme.toString());
        assertEquals(usd(before, "byTheme", "AMMUNITION_MANAGEMENT"), theme.getJsonNumber("requestedUsd").doubleValue(),
                0.001, "the XTS estimate is left out of the dollar sum, not counted at par");
        assertEquals(2, theme.getJsonNumber("requested").longValue()
                - (before.getJsonArray("byTheme").stream().map(v -> v.asJsonObject()).filter(g -> g.getString("key")
                .equals("AMMUNITION_MANAGEMENT")).mapToLong(g -> g.getJsonNumber("requested").longValue()).sum()),
                "its quantities still count");
        String kenya = need.getString("stateId");
        assertTrue(row(after, "byState", kenya).getJsonArray("missingRates").toString().contains("XTS"));
        assertTrue(after.getJsonArray("byTheme").stream().map(v -> v.asJsonObject())
                .filter(g -> !g.getString("key").equals("AMMUNITION_MANAGEMENT"))
                .noneMatch(g -> g.getJsonArray("missingRates").toString().contains("XTS")), "only where it counts");
    }

    private static JsonObject row(JsonObject gaps, String table, String key) {
        return gaps.getJsonArray(table).stream().map(v -> v.asJsonObject()).filter(g -> g.getString("key").equals(key))
                .findFirst().orElseThrow(() -> new AssertionError(key + " not in " + gaps.getJsonArray(table)));
    }

    private static double usd(JsonObject gaps, String table, String key) {
        return gaps.getJsonArray(table).stream().map(v -> v.asJsonObject()).filter(g -> g.getString("key").equals(key))
                .mapToDouble(g -> g.getJsonNumber("requestedUsd").doubleValue()).sum();
    }
}
