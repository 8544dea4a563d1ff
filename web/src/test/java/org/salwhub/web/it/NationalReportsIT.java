package org.salwhub.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * National reports through the API, with the demo accounts: scope, validation, version conflicts, the reporting
 * rate, and declared needs. Each test works on its own States, so they can run in any order.
 */
class NationalReportsIT {

    static final String PASSWORD = "SalwHub#2026";

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

    private static JsonArray array(ApiClient.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.structure().asJsonArray();
    }

    private static String report(boolean submitted, LocalDate on, String link, Long version) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("submitted", submitted);
        if (on != null) {
            body.add("submittedOn", on.toString());
        }
        if (link != null) {
            body.add("link", link);
        }
        if (version != null) {
            body.add("version", version);
        }
        return body.build().toString();
    }

    private Optional<JsonObject> reportOf(String iso, String cycle, String instrument, String token) {
        return array(api.get("api/v1/states/" + iso + "/reports?cycle=" + cycle, token)).stream()
                .map(v -> v.asJsonObject()).filter(r -> r.getString("instrument").equals(instrument)).findFirst();
    }

    private JsonObject rates(String instrument, String token) {
        ApiClient.Reply reply = api.get("api/v1/reporting-cycles/current/rates?instrument=" + instrument, token);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static JsonObject group(JsonObject rates, String group) {
        return rates.getJsonArray("groups").stream().map(v -> v.asJsonObject())
                .filter(g -> g.getString("group").equals(group)).findFirst().orElseThrow(() -> new AssertionError(rates));
    }

    private List<String> notReported(String instrument, String token) {
        return array(api.get("api/v1/reporting-cycles/current/not-reported?instrument=" + instrument, token)).stream()
                .map(v -> v.asJsonObject().getString("iso2")).toList();
    }

    // ------------------------------------------------------------------ cycles

    @Test
    void theCyclesOfThePoaAreSeededAndOneIsCurrent() {
        String donor = token("donor.eu");
        JsonArray cycles = array(api.get("api/v1/reporting-cycles", donor));
        List<String> codes = cycles.stream().map(v -> v.asJsonObject().getString("code")).toList();
        assertEquals(List.of("2028", "2026", "2024", "2022", "2020"), codes, "latest deadline first");
        assertEquals(1, cycles.stream().filter(v -> v.asJsonObject().getBoolean("current")).count());

        JsonObject current = api.get("api/v1/reporting-cycles/current", donor).json();
        LocalDate deadline = LocalDate.parse(current.getString("deadline"));
        assertFalse(deadline.isBefore(LocalDate.now().minusYears(1)), "at most a year past: " + current);
        assertEquals(deadline.toEpochDay() - LocalDate.now().toEpochDay(), current.getJsonNumber("daysLeft").longValue());
        assertEquals("BMS7", api.get("api/v1/reporting-cycles/2020", donor).json().getString("meetingReference")
                .split(",")[0]);
        assertEquals(404, api.get("api/v1/reporting-cycles/1999", donor).status());
        assertEquals(401, api.get("api/v1/reporting-cycles", null).status(), "not for anonymous callers");
    }

    @Test
    void networkMembersReadAStatesReportsWithTheDemoData() {
        JsonArray kenya = array(api.get("api/v1/states/KE/reports?cycle=current", token("donor.eu")));
        assertEquals(List.of("POA", "ITI"), kenya.stream().map(v -> v.asJsonObject().getString("instrument")).toList());
        JsonObject poa = kenya.getJsonObject(0);
        assertTrue(poa.getBoolean("submitted"));
        assertTrue(poa.getString("link").startsWith("https://"), poa.toString());
        assertTrue(poa.getInt("declaredNeeds") >= 2, poa.toString());
        assertEquals(0, array(api.get("api/v1/states/SD/reports?cycle=current", token("fp.kenya"))).size(),
                "Sudan has not reported yet in the current cycle");
    }

    // ------------------------------------------------------------------ scope

    @Test
    void aFocalPointRecordsTheirStatesReportAndGets403ForAnotherState() {
        String sudan = token("fp.sudan");
        LocalDate today = LocalDate.now();
        ApiClient.Reply created = api.put("api/v1/states/SD/reports/current/ITI", sudan,
                report(true, today.minusDays(2), "https://example.org/sudan-iti.pdf", null));
        assertEquals(201, created.status(), created.body());
        JsonObject report = created.json();
        assertTrue(report.getBoolean("submitted"));
        assertEquals(today.minusDays(2).toString(), report.getString("submittedOn"));
        assertTrue(report.getJsonNumber("version").longValue() >= 1);

        ApiClient.Reply updated = api.put("api/v1/states/SD/reports/current/ITI", sudan,
                report(true, today.minusDays(3), "https://example.org/sudan-iti-v2.pdf",
                        report.getJsonNumber("version").longValue()));
        assertEquals(200, updated.status(), updated.body());
        assertEquals("https://example.org/sudan-iti-v2.pdf", updated.json().getString("link"));
        assertEquals(report.getString("id"), updated.json().getString("id"), "the same report");

        JsonObject kenyaBefore = reportOf("KE", "current", "POA", sudan).orElseThrow();
        ApiClient.Reply other = api.put("api/v1/states/KE/reports/current/POA", sudan,
                report(false, null, null, kenyaBefore.getJsonNumber("version").longValue()));
        assertEquals(403, other.status(), other.body());
        assertEquals(403, api.put("api/v1/states/UG/reports/current/ITI", token("donor.eu"),
                report(true, today, null, null)).status(), "donors read, they do not record");
        assertEquals(kenyaBefore, reportOf("KE", "current", "POA", sudan).orElseThrow(), "nothing changed");
        assertEquals(401, api.put("api/v1/states/SD/reports/current/POA", null, report(true, today, null, null))
                .status());
    }

    // ------------------------------------------------------------------ validation

    @Test
    void aFutureDateOrABadLinkIs400AndNothingChanges() {
        String staff = token("staff");
        LocalDate today = LocalDate.now();
        ApiClient.Reply future = api.put("api/v1/states/DJ/reports/current/POA", staff,
                report(true, today.plusDays(1), "https://example.org/dj.pdf", null));
        assertEquals(400, future.status(), future.body());
        assertTrue(future.contentType().startsWith("application/problem+json"), future.contentType());
        assertEquals("submittedOn", future.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("date.future", future.json().getJsonArray("errors").getJsonObject(0).getString("code"));

        for (String link : List.of("javascript:alert(1)", "ftp://example.org/dj.pdf", "example.org/dj.pdf")) {
            ApiClient.Reply bad = api.put("api/v1/states/DJ/reports/current/POA", staff, report(true, today, link, null));
            assertEquals(400, bad.status(), link + ": " + bad.body());
            assertEquals("url.format", bad.json().getJsonArray("errors").getJsonObject(0).getString("code"), link);
        }
        ApiClient.Reply noDate = api.put("api/v1/states/DJ/reports/current/POA", staff, report(true, null, null, null));
        assertEquals(400, noDate.status(), noDate.body());
        assertEquals("required", noDate.json().getJsonArray("errors").getJsonObject(0).getString("code"));
        ApiClient.Reply explained = api.put("api/v1/states/DJ/reports/current/POA", staff,
                report(true, today, "ftp://x.org", null));
        assertTrue(explained.json().getJsonArray("errors").getJsonObject(0).getString("message")
                .contains("https://"), explained.body());

        assertTrue(reportOf("DJ", "current", "POA", staff).isEmpty(), "no report was recorded");
        assertTrue(notReported("POA", staff).contains("DJ"));
    }

    @Test
    void aStaleVersionIs409AndSoIsCreatingAReportThatExists() {
        String kenya = token("fp.kenya");
        JsonObject iti = reportOf("KE", "current", "ITI", kenya).orElseThrow();
        long version = iti.getJsonNumber("version").longValue();
        LocalDate on = LocalDate.parse(iti.getString("submittedOn"));

        ApiClient.Reply first = api.put("api/v1/states/KE/reports/current/ITI", kenya,
                report(true, on, "https://example.org/kenya-iti-final.pdf", version));
        assertEquals(200, first.status(), first.body());

        ApiClient.Reply stale = api.put("api/v1/states/KE/reports/current/ITI", kenya,
                report(true, on, "https://example.org/kenya-iti-other.pdf", version));
        assertEquals(409, stale.status(), stale.body());
        assertTrue(stale.json().getString("detail").contains("fp.kenya"), "who changed it: " + stale.body());

        ApiClient.Reply blind = api.put("api/v1/states/KE/reports/current/ITI", kenya,
                report(true, on, "https://example.org/kenya-iti-blind.pdf", null));
        assertEquals(409, blind.status(), "no version for a report that exists: " + blind.body());

        assertEquals("https://example.org/kenya-iti-final.pdf",
                reportOf("KE", "current", "ITI", kenya).orElseThrow().getString("link"));
    }

    // ------------------------------------------------------------------ reporting rate

    @Test
    void theRateAndTheNotReportedListChangeWhenAReportIsRecorded() {
        String staff = token("staff");
        JsonObject before = rates("POA", staff);
        JsonObject eastBefore = group(before, "EASTERN_AFRICA");
        assertEquals(11, eastBefore.getInt("states"));
        int members = api.get("api/v1/states?member=true", staff).structure().asJsonArray().size();
        assertEquals(members, before.getInt("states"), "every member State (other tests may admit more)");
        assertEquals(1, group(before, "NORTHERN_AFRICA").getInt("states"), "Sudan");
        assertTrue(notReported("POA", staff).contains("SO"));
        assertTrue(notReported("POA", staff).contains("SD"));
        assertFalse(notReported("POA", staff).contains("KE"));

        ApiClient.Reply recorded = api.put("api/v1/states/SO/reports/current/POA", staff,
                report(true, LocalDate.now(), null, null));
        assertEquals(201, recorded.status(), recorded.body());

        JsonObject after = rates("POA", staff);
        assertEquals(eastBefore.getInt("reported") + 1, group(after, "EASTERN_AFRICA").getInt("reported"));
        assertEquals(before.getInt("reported") + 1, after.getInt("reported"));
        assertEquals(Math.round(100.0 * (eastBefore.getInt("reported") + 1) / 11),
                group(after, "EASTERN_AFRICA").getInt("percent"));
        assertFalse(notReported("POA", staff).contains("SO"));
        assertTrue(notReported("ITI", staff).contains("SO"), "the ITI report is still missing");

        assertEquals(403, api.get("api/v1/reporting-cycles/current/not-reported", token("fp.burundi")).status(),
                "the list of States that have not reported is for staff");
        assertEquals(200, api.get("api/v1/reporting-cycles/current/rates", token("fp.burundi")).status(),
                "the rate is for every member");
    }

    // ------------------------------------------------------------------ declared needs

    @Test
    void staffTurnADeclaredNeedIntoADraftNeedThatKeepsTheLink() {
        String staff = token("staff");
        String burundi = token("fp.burundi");
        String reportId = reportOf("BI", "current", "POA", burundi).orElseThrow().getString("id");
        String title = "Formation au traçage " + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.Reply added = api.post("api/v1/reports/" + reportId + "/needs", burundi, Json.createObjectBuilder()
                .add("title", title).add("description", "Vingt officiers de police judiciaire.")
                .add("thematicArea", "Traçage").build().toString());
        assertEquals(201, added.status(), added.body());
        String declared = added.json().getString("id");

        assertEquals(403, api.post("api/v1/needs/from-declared/" + declared, burundi, "{}").status(),
                "staff make draft needs from declared ones");
        assertTrue(openNeeds(staff).contains(declared), "still open");

        ApiClient.Reply made = api.post("api/v1/needs/from-declared/" + declared, staff, "{}");
        assertEquals(201, made.status(), made.body());
        JsonObject need = made.json();
        assertEquals(title, need.getString("title"));
        assertEquals("DRAFT", need.getString("status"));
        assertEquals(List.of("TRACING"), need.getJsonArray("themes").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList(), "the French label named the theme");

        JsonObject linked = array(api.get("api/v1/reports/" + reportId + "/needs", burundi)).stream()
                .map(v -> v.asJsonObject()).filter(n -> n.getString("id").equals(declared)).findFirst().orElseThrow();
        assertEquals(need.getString("id"), linked.getString("draftNeedId"), "the registry keeps the link");
        assertFalse(openNeeds(staff).contains(declared));
        assertEquals(200, api.get("api/v1/needs/" + need.getString("id"), burundi).status(),
                "Burundi's focal point finds the draft among their requests");

        ApiClient.Reply again = api.post("api/v1/needs/from-declared/" + declared, staff, "{}");
        assertEquals(400, again.status(), again.body());
        assertEquals("declaredNeed.notOpen", again.json().getJsonArray("errors").getJsonObject(0).getString("code"));
    }

    @Test
    void declaredNeedsRoundTripAndOnlyStaffLinkADraftNeed() {
        String burundi = token("fp.burundi");
        String reportId = reportOf("BI", "current", "POA", burundi).orElseThrow().getString("id");
        int before = array(api.get("api/v1/reports/" + reportId + "/needs", burundi)).size();

        ApiClient.Reply added = api.post("api/v1/reports/" + reportId + "/needs", burundi, Json.createObjectBuilder()
                .add("title", "Équipements de marquage pour la Police nationale")
                .add("description", "Deux machines de marquage et la formation des opérateurs.")
                .add("thematicArea", "Marquage").build().toString());
        assertEquals(201, added.status(), added.body());
        JsonObject need = added.json();
        assertTrue(need.getBoolean("open"));
        assertEquals("POA", need.getString("instrument"));

        JsonArray needs = array(api.get("api/v1/reports/" + reportId + "/needs", burundi));
        assertEquals(before + 1, needs.size());
        JsonObject last = needs.getJsonObject(needs.size() - 1);
        assertEquals("Équipements de marquage pour la Police nationale", last.getString("title"), "added last");
        assertEquals("Marquage", last.getString("thematicArea"));

        ApiClient.Reply changed = api.put("api/v1/reports/" + reportId + "/needs/" + need.getString("id"), burundi,
                Json.createObjectBuilder().add("title", "Équipements de marquage").add("thematicArea", "Marquage")
                        .add("version", need.getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, changed.status(), changed.body());
        assertEquals(409, api.put("api/v1/reports/" + reportId + "/needs/" + need.getString("id"), burundi,
                Json.createObjectBuilder().add("title", "Encore").add("version", need.getJsonNumber("version")
                        .longValue()).build().toString()).status(), "stale version");
        assertEquals(400, api.post("api/v1/reports/" + reportId + "/needs", burundi,
                Json.createObjectBuilder().add("title", " ").build().toString()).status(), "a need has a title");
        assertEquals(403, api.post("api/v1/reports/" + reportId + "/needs", token("fp.kenya"),
                Json.createObjectBuilder().add("title", "Not mine").build().toString()).status());

        String staff = token("staff");
        assertTrue(openNeeds(staff).contains(need.getString("id")), "open for the assistance module");
        String draft = UUID.randomUUID().toString();
        String link = "api/v1/reports/" + reportId + "/needs/" + need.getString("id") + "/draft-need";
        String body = Json.createObjectBuilder().add("draftNeedId", draft).build().toString();
        assertEquals(403, api.post(link, burundi, body).status(), "focal points do not link draft needs");
        assertEquals(403, api.post(link, token("donor.eu"), body).status());
        assertTrue(openNeeds(staff).contains(need.getString("id")), "still open");

        ApiClient.Reply linked = api.post(link, staff, body);
        assertEquals(200, linked.status(), linked.body());
        assertEquals(draft, linked.json().getString("draftNeedId"));
        assertFalse(linked.json().getBoolean("open"));
        assertEquals(200, api.post(link, staff, body).status(), "linking again to the same draft changes nothing");
        ApiClient.Reply other = api.post(link, staff, Json.createObjectBuilder()
                .add("draftNeedId", UUID.randomUUID().toString()).build().toString());
        assertEquals(400, other.status(), other.body());
        assertEquals("need.otherDraft", other.json().getJsonArray("errors").getJsonObject(0).getString("code"));
        assertFalse(openNeeds(staff).contains(need.getString("id")));

        long version = linked.json().getJsonNumber("version").longValue();
        ApiClient.Reply remove = api.delete(link.replace("/draft-need", "") + "?version=" + version, burundi);
        assertEquals(400, remove.status(), "a linked need stays: " + remove.body());
        assertEquals("need.linked", remove.json().getJsonArray("errors").getJsonObject(0).getString("code"));
    }

    @Test
    void anOpenNeedCanBeRemoved() {
        String kenya = token("fp.kenya");
        String reportId = reportOf("KE", "current", "POA", kenya).orElseThrow().getString("id");
        JsonObject need = api.post("api/v1/reports/" + reportId + "/needs", kenya,
                Json.createObjectBuilder().add("title", "Typo").build().toString()).json();
        String path = "api/v1/reports/" + reportId + "/needs/" + need.getString("id");
        assertEquals(409, api.delete(path + "?version=" + (need.getJsonNumber("version").longValue() + 5), kenya).status());
        assertEquals(204, api.delete(path + "?version=" + need.getJsonNumber("version").longValue(), kenya).status());
        assertTrue(array(api.get("api/v1/reports/" + reportId + "/needs", kenya)).stream()
                .noneMatch(v -> v.asJsonObject().getString("id").equals(need.getString("id"))));
        assertEquals(404, api.get("api/v1/reports/" + UUID.randomUUID() + "/needs", kenya).status());
    }

    private List<String> openNeeds(String token) {
        return array(api.get("api/v1/declared-needs", token)).stream().map(v -> v.asJsonObject().getString("id")).toList();
    }
}
