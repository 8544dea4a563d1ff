package org.salwhub.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The focal-point directory through the API: history, verification, scope rules, conflicts. */
class DirectoryIT {

    static final String PASSWORD = "SalwHub#2026";

    /** The run's one server (see {@link TestServer}). */
    final URL base = TestServer.url();

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(base);
    }

    private JsonArray items(ApiClient.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("items");
    }

    @Test
    void aReplacementEndsTheOldRoleAndKeepsItInTheHistory() {
        String staff = api.token("staff", PASSWORD);
        ApiClient.Reply history = api.get("api/v1/states/KE/history", staff);
        assertEquals(200, history.status(), history.body());
        List<JsonObject> roles = history.structure().asJsonArray().stream().map(v -> v.asJsonObject()).toList();
        JsonObject ended = roles.stream().filter(r -> r.getString("roleType").equals("POA_NPC")
                && r.getString("personName").contains("Mutua")).findFirst().orElseThrow();
        JsonObject current = roles.stream().filter(r -> r.getString("roleType").equals("POA_NPC")
                && r.getString("personName").contains("Wanjiru")).findFirst().orElseThrow();
        assertEquals(current.getString("id"), ended.getString("replacedBy"));
        assertEquals(LocalDate.parse(current.getString("validFrom")).minusDays(1),
                LocalDate.parse(ended.getString("validTo")), "the old role ends the day before");
        assertTrue(!current.containsKey("validTo") || current.isNull("validTo"), "the new role is current");

        JsonArray now = api.get("api/v1/states/KE", staff).json().getJsonArray("contacts");
        assertTrue(now.stream().map(v -> v.asJsonObject()).noneMatch(c -> c.getString("personName").contains("Mutua")
                && c.getString("roleType").equals("POA_NPC")), "only current roles on the profile");
    }

    @Test
    void aFocalPointHandsARoleOverThroughTheApiAndTheRefusalsChangeNothing() {
        String kenya = api.token("fp.kenya", PASSWORD);
        String kenyaState = api.get("api/v1/states/KE", kenya).json().getJsonObject("state").getString("id");
        String run = UUID.randomUUID().toString().substring(0, 6);
        String first = person(kenya, kenyaState, "Liaison" + run);
        String second = person(kenya, kenyaState, "Successor" + run);
        LocalDate started = LocalDate.now().minusDays(30);
        ApiClient.Reply assigned = api.post("api/v1/contacts", kenya, Json.createObjectBuilder()
                .add("personId", first).add("stateId", kenyaState).add("roleType", "REGIONAL_LIAISON")
                .add("validFrom", started.toString()).build().toString());
        assertEquals(201, assigned.status(), assigned.body());
        JsonObject role = assigned.json();
        String replacement = "api/v1/contacts/" + role.getString("id") + "/replacement";
        int version = role.getInt("version");

        ApiClient.Reply early = api.post(replacement, kenya, replacementBody(second, started.minusDays(1), version));
        assertEquals(400, early.status(), "a successor cannot take over before the holder started: " + early.body());
        ApiClient.Reply outdated = api.post(replacement, kenya, replacementBody(second, LocalDate.now(), version + 3));
        assertEquals(409, outdated.status(), outdated.body());
        ApiClient.Reply foreign = api.post(replacement, api.token("fp.sudan", PASSWORD),
                replacementBody(second, LocalDate.now(), version));
        assertEquals(403, foreign.status(), foreign.body());
        assertTrue(history("KE").stream().anyMatch(r -> r.getString("id").equals(role.getString("id"))
                && (!r.containsKey("validTo") || r.isNull("validTo"))), "the refusals left the role current");

        ApiClient.Reply handed = api.post(replacement, kenya, replacementBody(second, LocalDate.now(), version));
        assertEquals(200, handed.status(), handed.body());
        JsonObject next = handed.json();
        assertTrue(next.getString("personName").contains("Successor" + run), next.toString());
        JsonObject old = history("KE").stream().filter(r -> r.getString("id").equals(role.getString("id")))
                .findFirst().orElseThrow();
        assertEquals(LocalDate.now().minusDays(1).toString(), old.getString("validTo"), "ends the day before");
        assertEquals(next.getString("id"), old.getString("replacedBy"));

        // the successor confirms the entry; then the role ends and both stay in the history
        ApiClient.Reply verified = api.post("api/v1/contacts/" + next.getString("id") + "/verification", kenya,
                Json.createObjectBuilder().add("version", next.getInt("version")).build().toString());
        assertEquals(200, verified.status(), verified.body());
        assertEquals(LocalDate.now().toString(), verified.json().getString("lastVerified"));
        assertEquals("CURRENT", verified.json().getString("verification"));
        ApiClient.Reply ended = api.post("api/v1/contacts/" + next.getString("id") + "/end", kenya,
                Json.createObjectBuilder().add("version", verified.json().getInt("version"))
                        .add("lastDay", LocalDate.now().toString()).build().toString());
        assertEquals(200, ended.status(), ended.body());
        assertEquals(2, history("KE").stream().filter(r -> r.getString("roleType").equals("REGIONAL_LIAISON")
                && r.getString("personName").contains(run)).count());
    }

    private String person(String token, String state, String family) {
        ApiClient.Reply created = api.post("api/v1/persons", token, Json.createObjectBuilder().add("stateId", state)
                .add("givenName", "Test").add("familyName", family).add("sex", "FEMALE").build().toString());
        assertEquals(201, created.status(), created.body());
        return created.json().getString("id");
    }

    private static String replacementBody(String successor, LocalDate from, int version) {
        return Json.createObjectBuilder().add("successorId", successor).add("from", from.toString())
                .add("reason", "Reassigned").add("version", version).build().toString();
    }

    private List<JsonObject> history(String iso) {
        ApiClient.Reply reply = api.get("api/v1/states/" + iso + "/history", api.token("staff", PASSWORD));
        assertEquals(200, reply.status(), reply.body());
        return reply.structure().asJsonArray().stream().map(v -> v.asJsonObject()).toList();
    }

    @Test
    void verificationIsDueAfterTwelveMonthsAndStaleAfterEighteen() {
        String token = api.token("donor.eu", PASSWORD);
        JsonArray due = items(api.get("api/v1/contacts?state=KE&verification=DUE", token));
        JsonArray stale = items(api.get("api/v1/contacts?state=KE&verification=STALE", token));
        JsonArray current = items(api.get("api/v1/contacts?state=KE&verification=CURRENT", token));
        assertTrue(due.stream().anyMatch(v -> v.asJsonObject().getString("personName").contains("Otieno")), due.toString());
        assertTrue(stale.stream().anyMatch(v -> v.asJsonObject().getString("personName").contains("Achieng")), stale.toString());
        assertTrue(current.stream().anyMatch(v -> v.asJsonObject().getString("personName").contains("Wanjiru")),
                current.toString());
        for (JsonArray list : List.of(due, stale, current)) {
            String expected = list == due ? "DUE" : list == stale ? "STALE" : "CURRENT";
            list.forEach(v -> assertEquals(expected, v.asJsonObject().getString("verification")));
        }
    }

    @Test
    void aFocalPointConfirmsTheirStateInOneStepButNotAnotherState() {
        String kenya = api.token("fp.kenya", PASSWORD);
        ApiClient.Reply other = api.post("api/v1/states/SD/confirmation", kenya, "{}");
        assertEquals(403, other.status(), other.body());

        ApiClient.Reply own = api.post("api/v1/states/BI/confirmation", api.token("fp.burundi", PASSWORD), "{}");
        assertEquals(200, own.status(), own.body());
        assertTrue(own.json().getInt("confirmed") >= 2, own.body());
        JsonArray burundi = items(api.get("api/v1/contacts?state=BI", kenya));
        burundi.forEach(v -> assertEquals(LocalDate.now().toString(), v.asJsonObject().getString("lastVerified")));
    }

    @Test
    void aFocalPointOfOneStateGets403OnAnotherStatesRecords() {
        String kenya = api.token("fp.kenya", PASSWORD);
        String sudanState = api.get("api/v1/states/SD", kenya).json().getJsonObject("state").getString("id");
        JsonObject sudanRole = items(api.get("api/v1/contacts?state=SD&role=POA_NPC", kenya)).getJsonObject(0);

        ApiClient.Reply person = api.post("api/v1/persons", kenya, Json.createObjectBuilder()
                .add("stateId", sudanState).add("familyName", "Intruder").add("sex", "MALE").build().toString());
        assertEquals(403, person.status(), person.body());

        ApiClient.Reply end = api.post("api/v1/contacts/" + sudanRole.getString("id") + "/end", kenya,
                Json.createObjectBuilder().add("lastDay", LocalDate.now().toString())
                        .add("version", sudanRole.getJsonNumber("version").longValue()).build().toString());
        assertEquals(403, end.status(), end.body());

        ApiClient.Reply update = api.put("api/v1/persons/" + sudanRole.getString("personId"), kenya,
                Json.createObjectBuilder().add("stateId", sudanState).add("familyName", "Changed").add("sex", "MALE")
                        .add("version", 0).build().toString());
        assertEquals(403, update.status(), update.body());
        assertEquals(403, api.post("api/v1/persons", api.token("donor.gffo", PASSWORD), Json.createObjectBuilder()
                .add("stateId", sudanState).add("familyName", "Donor").add("sex", "MALE").build().toString()).status());

        String sudanName = items(api.get("api/v1/contacts?state=SD&role=POA_NPC", api.token("staff", PASSWORD)))
                .getJsonObject(0).getString("personName");
        assertEquals(sudanRole.getString("personName"), sudanName, "nothing changed");
    }

    @Test
    void aFocalPointManagesTheirOwnStatesContactsAndAStaleVersionGets409() {
        String kenya = api.token("fp.kenya", PASSWORD);
        String kenyaState = api.get("api/v1/states/KE", kenya).json().getJsonObject("state").getString("id");
        String email = "n.kamau-" + UUID.randomUUID().toString().substring(0, 6) + "@knfp.example";
        ApiClient.Reply created = api.post("api/v1/persons", kenya, Json.createObjectBuilder()
                .add("stateId", kenyaState).add("honorific", "Ms.").add("givenName", "Njeri").add("familyName", "Kamau")
                .add("sex", "FEMALE").add("languages", Json.createArrayBuilder().add("en").add("sw"))
                .add("email", email).build().toString());
        assertEquals(201, created.status(), created.body());
        JsonObject person = created.json();

        ApiClient.Reply role = api.post("api/v1/contacts", kenya, Json.createObjectBuilder()
                .add("personId", person.getString("id")).add("roleType", "REGIONAL_LIAISON")
                .add("validFrom", LocalDate.now().minusDays(1).toString()).build().toString());
        assertEquals(201, role.status(), role.body());
        assertEquals("CURRENT", role.json().getString("verification"));

        ApiClient.Reply twice = api.post("api/v1/contacts", kenya, Json.createObjectBuilder()
                .add("personId", person.getString("id")).add("roleType", "REGIONAL_LIAISON")
                .add("validFrom", LocalDate.now().toString()).build().toString());
        assertEquals(400, twice.status(), twice.body());

        long version = person.getJsonNumber("version").longValue();
        assertEquals(200, api.put("api/v1/persons/" + person.getString("id"), kenya, Json.createObjectBuilder()
                .add("stateId", kenyaState).add("givenName", "Njeri").add("familyName", "Kamau-Odhiambo")
                .add("sex", "FEMALE").add("version", version).build().toString()).status());
        ApiClient.Reply stale = api.put("api/v1/persons/" + person.getString("id"), kenya, Json.createObjectBuilder()
                .add("stateId", kenyaState).add("givenName", "N.").add("familyName", "Kamau")
                .add("sex", "FEMALE").add("version", version).build().toString());
        assertEquals(409, stale.status(), stale.body());
        assertTrue(stale.json().getString("detail").contains("fp.kenya"), stale.body());
    }

    @Test
    void searchFiltersPagesAndFindsArabicNamesByTransliteration() {
        String token = api.token("staff", PASSWORD);
        JsonObject omar = items(api.get("api/v1/contacts?q=omar", token)).getJsonObject(0);
        assertEquals("Omar Abdelrahman", omar.getString("latinName"));
        assertTrue(omar.getString("personName").contains("عبد الرحمن"), omar.toString());

        JsonObject page = api.get("api/v1/contacts?size=2&first=0&sort=personName", token).json();
        assertEquals(2, page.getJsonArray("items").size());
        assertTrue(page.getJsonNumber("total").longValue() > 2);
        JsonObject next = api.get("api/v1/contacts?size=2&first=2&sort=personName", token).json();
        assertTrue(next.getJsonArray("items").stream().noneMatch(page.getJsonArray("items")::contains));

        assertEquals(400, api.get("api/v1/contacts?size=5000", token).status());
        assertEquals(400, api.get("api/v1/contacts?verification=SOMETIMES", token).status());
        assertEquals(401, api.get("api/v1/contacts", null).status());
    }

    @Test
    void anArabicNameNeedsItsLatinTransliteration() {
        String sudan = api.token("fp.sudan", PASSWORD);
        String sudanState = api.get("api/v1/states/SD", sudan).json().getJsonObject("state").getString("id");
        ApiClient.Reply missing = api.post("api/v1/persons", sudan, Json.createObjectBuilder().add("stateId", sudanState)
                .add("givenName", "خالد").add("familyName", "إبراهيم").add("sex", "MALE").build().toString());
        assertEquals(400, missing.status(), missing.body());
        assertTrue(missing.body().contains("latinName"), missing.body());
        ApiClient.Reply ok = api.post("api/v1/persons", sudan, Json.createObjectBuilder().add("stateId", sudanState)
                .add("givenName", "خالد").add("familyName", "إبراهيم").add("latinName", "Khalid Ibrahim")
                .add("sex", "MALE").build().toString());
        assertEquals(201, ok.status(), ok.body());
        assertNotNull(ok.json().getString("id"));
    }

    private JsonObject createPerson(String token, String stateId, String given, String family, String email) {
        var body = Json.createObjectBuilder().add("stateId", stateId).add("givenName", given).add("familyName", family)
                .add("sex", "FEMALE");
        if (email != null) {
            body.add("email", email);
        }
        ApiClient.Reply reply = api.post("api/v1/persons", token, body.build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    @Test
    void duplicatesAreFoundAndAMergeKeepsEveryReference() {
        String staff = api.token("staff", PASSWORD);
        String uganda = api.get("api/v1/states/UG", staff).json().getJsonObject("state").getString("id");
        String suffix = UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
        JsonObject keeper = createPerson(staff, uganda, "Nakato", "Mirembe" + suffix, "n.mirembe" + suffix + "@mia.example");
        JsonObject duplicate = createPerson(staff, uganda, "Nakato", "Mirembé" + suffix, null);
        JsonObject sameEmail = createPerson(staff, uganda, "N.", "Other" + suffix, "N.Mirembe" + suffix + "@MIA.example");
        ApiClient.Reply role = api.post("api/v1/contacts", staff, Json.createObjectBuilder()
                .add("personId", duplicate.getString("id")).add("roleType", "FIREARMS_PROTOCOL")
                .add("validFrom", LocalDate.now().minusMonths(1).toString()).build().toString());
        assertEquals(201, role.status(), role.body());

        List<JsonObject> pairs = api.get("api/v1/persons/duplicates?state=UG", staff).structure().asJsonArray()
                .stream().map(v -> v.asJsonObject()).toList();
        assertTrue(pairs.stream().anyMatch(p -> p.getString("reason").equals("SIMILAR_NAME")
                && ids(p).containsAll(List.of(keeper.getString("id"), duplicate.getString("id")))), pairs.toString());
        assertTrue(pairs.stream().anyMatch(p -> p.getString("reason").equals("SAME_EMAIL")
                && ids(p).containsAll(List.of(keeper.getString("id"), sameEmail.getString("id")))), pairs.toString());
        assertEquals(403, api.get("api/v1/persons/duplicates", api.token("fp.kenya", PASSWORD)).status());

        ApiClient.Reply merged = api.post("api/v1/persons/" + keeper.getString("id") + "/merge", staff,
                Json.createObjectBuilder().add("duplicateId", duplicate.getString("id"))
                        .add("keeperVersion", keeper.getJsonNumber("version").longValue())
                        .add("duplicateVersion", duplicate.getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, merged.status(), merged.body());

        JsonObject roleAfter = items(api.get("api/v1/contacts?state=UG&role=FIREARMS_PROTOCOL&q=mirembe" + suffix, staff))
                .getJsonObject(0);
        assertEquals(keeper.getString("id"), roleAfter.getString("personId"), "the role now belongs to the keeper");
        assertEquals(role.json().getString("id"), roleAfter.getString("id"), "the same role record, not a copy");
        ApiClient.Reply old = api.get("api/v1/persons/" + duplicate.getString("id"), staff);
        assertEquals(200, old.status(), "the merged record still resolves");
        assertEquals(keeper.getString("id"), old.json().getString("mergedInto"), old.body());
        assertEquals(1, items(api.get("api/v1/contacts?includeEnded=true&q=mirembe" + suffix, staff)).size(),
                "the duplicate no longer appears in the directory");
    }

    private static List<String> ids(JsonObject pair) {
        return List.of(pair.getJsonObject("first").getString("id"), pair.getJsonObject("second").getString("id"));
    }

    @Test
    void anonymisingKeepsTheRoleHistoryAndExportsAreScoped() {
        String staff = api.token("staff", PASSWORD);
        String kenya = api.get("api/v1/states/KE", staff).json().getJsonObject("state").getString("id");
        JsonObject person = createPerson(staff, kenya, "Wairimu", "Forgetme" + UUID.randomUUID().toString().substring(0, 4),
                "forget." + UUID.randomUUID().toString().substring(0, 6) + "@example.org");
        api.post("api/v1/contacts", staff, Json.createObjectBuilder().add("personId", person.getString("id"))
                .add("roleType", "COMMISSION_SECRETARY").add("validFrom", LocalDate.now().minusYears(1).toString())
                .build().toString());

        ApiClient.Reply export = api.get("api/v1/persons/" + person.getString("id") + "/export",
                api.token("fp.kenya", PASSWORD));
        assertEquals(200, export.status(), export.body());
        assertEquals(1, export.json().getJsonArray("roles").size());
        assertEquals(403, api.get("api/v1/persons/" + person.getString("id") + "/export",
                api.token("fp.sudan", PASSWORD)).status());

        assertEquals(403, api.post("api/v1/persons/" + person.getString("id") + "/anonymisation",
                api.token("fp.kenya", PASSWORD), "{\"version\":" + person.getJsonNumber("version") + "}").status());
        ApiClient.Reply anonymised = api.post("api/v1/persons/" + person.getString("id") + "/anonymisation", staff,
                "{\"version\":" + person.getJsonNumber("version") + "}");
        assertEquals(200, anonymised.status(), anonymised.body());
        JsonObject after = anonymised.json();
        assertTrue(after.getString("familyName").startsWith("Anonymised"), after.toString());
        assertTrue(after.getBoolean("anonymised"), after.toString());
        assertTrue(!after.containsKey("email") || after.isNull("email"), after.toString());
        assertTrue(!api.get("api/v1/states/KE/history", staff).body().contains(person.getString("familyName")),
                "the name is gone from the history");
        assertTrue(api.get("api/v1/states/KE/history", staff).body().contains(person.getString("id")),
                "the role stays in the history");
    }

    @Test
    void statesCarryUnReferenceDataAndInstrumentStatusesAreStaffMaintained() {
        String staff = api.token("staff", PASSWORD);
        JsonObject kenya = api.get("api/v1/states/KE", staff).json().getJsonObject("state");
        assertEquals("MEMBER", kenya.getString("unStatus"));
        assertEquals("AFRICAN", kenya.getString("regionalGroup"));
        assertEquals("EASTERN_AFRICA", kenya.getString("subregion"));
        assertTrue(kenya.getBoolean("developing"));
        assertEquals(9, api.get("api/v1/instruments", staff).structure().asJsonArray().size());

        JsonObject nairobi = api.get("api/v1/states/KE/instruments", staff).structure().asJsonArray().stream()
                .map(v -> v.asJsonObject()).filter(i -> i.getString("instrumentCode").equals("NAIROBI_PROTOCOL"))
                .findFirst().orElseThrow();
        String body = Json.createObjectBuilder().add("status", "RATIFIED").add("signedOn", "2004-04-21")
                .add("depositedOn", "2005-05-05").add("version", nairobi.getJsonNumber("version").longValue())
                .build().toString();
        assertEquals(403, api.put("api/v1/states/KE/instruments/NAIROBI_PROTOCOL", api.token("fp.kenya", PASSWORD),
                body).status());
        ApiClient.Reply recorded = api.put("api/v1/states/KE/instruments/NAIROBI_PROTOCOL", staff, body);
        assertEquals(200, recorded.status(), recorded.body());
        assertEquals("RATIFIED", recorded.json().getString("status"));
        ApiClient.Reply future = api.put("api/v1/states/KE/instruments/NAIROBI_PROTOCOL", staff,
                Json.createObjectBuilder().add("status", "RATIFIED").add("signedOn", "2004-04-21")
                        .add("depositedOn", LocalDate.now().plusDays(3).toString())
                        .add("version", recorded.json().getJsonNumber("version").longValue()).build().toString());
        assertEquals(400, future.status(), future.body());
    }
}
