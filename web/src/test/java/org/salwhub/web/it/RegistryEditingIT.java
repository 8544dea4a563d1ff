package org.salwhub.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Editing the registry through the API: organisations (staff only, version-checked), agencies and coordination
 * bodies (staff for every State, a focal point for their own State only: 403 on another State's).
 */
class RegistryEditingIT {

    static final String PASSWORD = "SalwHub#2026";

    /** The run's one server (see {@link TestServer}). */
    final URL base = TestServer.url();

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(base);
    }

    private JsonObject organisation(String acronym, String token) {
        return api.get("api/v1/organisations", token).structure().asJsonArray().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("acronym").equals(acronym)).findFirst().orElseThrow();
    }

    @Test
    void staffEditAnOrganisationsMembersAndContactAndAStaleVersionGets409() {
        String staff = api.token("staff", PASSWORD);
        String id = organisation("EAC", staff).getString("id");
        ApiClient.Reply before = api.get("api/v1/organisations/" + id, staff);
        assertEquals(200, before.status(), before.body());
        long version = before.json().getJsonNumber("version").longValue();
        String kenyaContact = api.get("api/v1/states/KE", staff).json().getJsonArray("contacts").stream()
                .map(v -> v.asJsonObject()).filter(c -> c.getString("roleType").equals("POA_NPC")).findFirst()
                .orElseThrow().getString("personId");
        String edit = Json.createObjectBuilder().add("type", "SUBREGIONAL").add("acronym", " EAC ")
                .add("nameEn", before.json().getString("nameEn")).add("nameFr", before.json().getString("nameFr"))
                .add("nameAr", before.json().getString("nameAr")).add("donor", false)
                .add("members", Json.createArrayBuilder().add("KE").add("TZ").add("UG").add("BI").add("RW"))
                .add("contactPersonId", kenyaContact).add("version", version).build().toString();

        ApiClient.Reply forbidden = api.put("api/v1/organisations/" + id, api.token("fp.kenya", PASSWORD), edit);
        assertEquals(403, forbidden.status(), "only staff change organisations: " + forbidden.body());
        assertEquals(403, api.put("api/v1/organisations/" + id, api.token("donor.eu", PASSWORD), edit).status());

        ApiClient.Reply saved = api.put("api/v1/organisations/" + id, staff, edit);
        assertEquals(200, saved.status(), saved.body());
        assertEquals("EAC", saved.json().getString("acronym"), "trimmed");
        assertEquals(List.of("BI", "KE", "RW", "TZ", "UG"), saved.json().getJsonArray("members").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(kenyaContact, saved.json().getString("contactPersonId"));
        assertEquals(kenyaContact, api.get("api/v1/organisations/" + id, api.token("donor.eu", PASSWORD)).json()
                .getString("contactPersonId"), "network members read it back");

        ApiClient.Reply stale = api.put("api/v1/organisations/" + id, staff, edit);
        assertEquals(409, stale.status(), "the same version again is stale: " + stale.body());

        long next = saved.json().getJsonNumber("version").longValue();
        ApiClient.Reply ngo = api.put("api/v1/organisations/" + id, staff, Json.createObjectBuilder()
                .add("type", "NGO").add("acronym", "UNODA").add("nameEn", "").add("donor", false)
                .add("members", Json.createArrayBuilder().add("KE")).add("version", next).build().toString());
        assertEquals(400, ngo.status(), ngo.body());
        String problems = ngo.body();
        assertTrue(problems.contains("acronym") && problems.contains("nameEn") && problems.contains("members"),
                "taken acronym, missing name, members of an NGO: " + problems);
    }

    /** The organisation's fields as the API gave them, with another IATI identifier and the version last read. */
    private static String withIatiIdentifier(JsonObject organisation, String identifier, long version) {
        var edit = Json.createObjectBuilder().add("type", organisation.getString("type"))
                .add("acronym", organisation.getString("acronym")).add("nameEn", organisation.getString("nameEn"))
                .add("nameFr", organisation.getString("nameFr")).add("nameAr", organisation.getString("nameAr"))
                .add("donor", organisation.getBoolean("donor"))
                .add("members", Json.createArrayBuilder(organisation.getJsonArray("members")))
                .add("version", version);
        if (!none(organisation, "contactPersonId")) {
            edit.add("contactPersonId", organisation.getString("contactPersonId"));
        }
        if (identifier != null) {
            edit.add("iatiIdentifier", identifier);
        }
        return edit.build().toString();
    }

    /** Absent or null: the API leaves out fields without a value. */
    private static boolean none(JsonObject object, String field) {
        return !object.containsKey(field) || object.isNull(field);
    }

    private static JsonObject onlyError(ApiClient.Reply reply) {
        assertEquals(400, reply.status(), reply.body());
        assertEquals(1, reply.json().getJsonArray("errors").size(), reply.body());
        return reply.json().getJsonArray("errors").getJsonObject(0);
    }

    @Test
    void staffRecordAnIatiIdentifierNoOtherOrganisationHasInTheIatiFormatAndTheAuditTrailTellsWhoChangedIt() {
        String staff = api.token("staff", PASSWORD);
        // the reference data: identifiers confirmed on the IATI Registry are set, the others left empty
        assertEquals("XM-DAC-5-7", organisation("GFFO", staff).getString("iatiIdentifier"));
        assertEquals("XM-DAC-41114", organisation("UNDP", staff).getString("iatiIdentifier"));
        assertTrue(none(organisation("EU", staff), "iatiIdentifier"), "not guessed");

        String id = organisation("SAS", staff).getString("id");
        JsonObject before = api.get("api/v1/organisations/" + id, staff).json();
        assertTrue(none(before, "iatiIdentifier"), before.toString());
        long version = before.getJsonNumber("version").longValue();
        String identifier = "CH-ZEFIX-IT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

        assertEquals(403, api.put("api/v1/organisations/" + id, api.token("donor.eu", PASSWORD),
                withIatiIdentifier(before, identifier, version)).status(), "only staff");
        ApiClient.Reply saved = api.put("api/v1/organisations/" + id, staff,
                withIatiIdentifier(before, " " + identifier + " ", version));
        assertEquals(200, saved.status(), saved.body());
        assertEquals(identifier, saved.json().getString("iatiIdentifier"), "trimmed");
        assertEquals(version + 1, saved.json().getJsonNumber("version").longValue());
        assertEquals(identifier, organisation("SAS", api.token("reviewer", PASSWORD)).getString("iatiIdentifier"),
                "listed to network members");
        JsonObject current = saved.json();
        long next = current.getJsonNumber("version").longValue();

        // another organisation's identifier is refused on the field, naming who has it
        JsonObject taken = onlyError(api.put("api/v1/organisations/" + id, staff,
                withIatiIdentifier(current, "XM-DAC-5-7", next)));
        assertEquals("iatiIdentifier", taken.getString("field"));
        assertEquals("organisation.iatiIdentifierTaken", taken.getString("code"));
        assertEquals("GFFO already has this IATI organisation identifier.", taken.getString("message"));

        // so is one that is no prefix and ID joined by hyphens
        for (String bad : List.of("XM DAC 5 7", "41114", "GFFO", "XM-DAC-5-7/2")) {
            JsonObject format = onlyError(api.put("api/v1/organisations/" + id, staff,
                    withIatiIdentifier(current, bad, next)));
            assertEquals("iatiIdentifier", format.getString("field"), bad);
            assertEquals("organisation.iatiIdentifierFormat", format.getString("code"), bad);
            assertTrue(format.getString("message").contains("e.g. XM-DAC-5-7"), format.toString());
        }

        // a refused change changed nothing, and the ministry keeps its identifier
        JsonObject after = api.get("api/v1/organisations/" + id, staff).json();
        assertEquals(identifier, after.getString("iatiIdentifier"));
        assertEquals(next, after.getJsonNumber("version").longValue());
        assertEquals("XM-DAC-5-7", organisation("GFFO", staff).getString("iatiIdentifier"));

        // the change went through the audited path: a stale edit is told who changed the identifier, from what to what
        ApiClient.Reply stale = api.put("api/v1/organisations/" + id, staff,
                withIatiIdentifier(before, "CH-ZEFIX-STALE", version));
        assertEquals(409, stale.status(), stale.body());
        JsonObject change = stale.json().getJsonArray("changes").stream().map(v -> v.asJsonObject())
                .filter(c -> c.getString("field").equals("iatiIdentifier")).findFirst().orElseThrow(() ->
                        new AssertionError("no iatiIdentifier change in " + stale.body()));
        assertEquals("staff", change.getString("actor"));
        assertTrue(none(change, "from") || change.getString("from").isEmpty(), change.toString());
        assertEquals(identifier, change.getString("to"));
        assertTrue(stale.json().getString("detail").contains(identifier), stale.body());

        // cleared: blank is none
        ApiClient.Reply cleared = api.put("api/v1/organisations/" + id, staff, withIatiIdentifier(after, "  ", next));
        assertEquals(200, cleared.status(), cleared.body());
        assertTrue(none(cleared.json(), "iatiIdentifier"), cleared.body());
    }

    @Test
    void aFocalPointEditsTheirOwnStatesAgenciesAndBodyButGets403OnAnotherStates() {
        String kenya = api.token("fp.kenya", PASSWORD);
        String run = UUID.randomUUID().toString().substring(0, 8);
        ApiClient.Reply created = api.post("api/v1/agencies", kenya, Json.createObjectBuilder()
                .add("stateId", stateId("KE", kenya)).add("type", "BORDER_CONTROL")
                .add("name", "Border Control Unit " + run).add("acronym", "BCU").build().toString());
        assertEquals(201, created.status(), created.body());
        JsonObject agency = created.json();
        ApiClient.Reply renamed = api.put("api/v1/agencies/" + agency.getString("id"), kenya,
                Json.createObjectBuilder().add("type", "LICENSING").add("name", "Import and Export Licensing " + run)
                        .add("acronym", "IELB").add("version", agency.getJsonNumber("version").longValue())
                        .build().toString());
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals("LICENSING", renamed.json().getString("type"));
        assertTrue(api.get("api/v1/states/KE/agencies", kenya).body().contains("Import and Export Licensing " + run));
        ApiClient.Reply stale = api.put("api/v1/agencies/" + agency.getString("id"), kenya,
                Json.createObjectBuilder().add("type", "CUSTOMS").add("name", "Stale " + run)
                        .add("version", agency.getJsonNumber("version").longValue()).build().toString());
        assertEquals(409, stale.status(), stale.body());

        // Sudan's agency and body are out of Kenya's focal point's reach, through the API as through the screens
        String staff = api.token("staff", PASSWORD);
        JsonObject sudanAgency = api.get("api/v1/states/SD/agencies", staff).structure().asJsonArray().get(0)
                .asJsonObject();
        ApiClient.Reply other = api.put("api/v1/agencies/" + sudanAgency.getString("id"), kenya,
                Json.createObjectBuilder().add("type", sudanAgency.getString("type")).add("name", "Taken over")
                        .add("version", sudanAgency.getJsonNumber("version").longValue()).build().toString());
        assertEquals(403, other.status(), other.body());
        assertEquals(403, api.post("api/v1/agencies", kenya, Json.createObjectBuilder()
                .add("stateId", stateId("SD", kenya)).add("type", "CUSTOMS").add("name", "Not mine " + run)
                .build().toString()).status());
        JsonObject sudanBody = api.get("api/v1/states/SD/coordination-body", kenya).json();
        ApiClient.Reply otherBody = api.put("api/v1/states/SD/coordination-body", kenya, bodyJson(sudanBody,
                "Taken over", 1, 1));
        assertEquals(403, otherBody.status(), otherBody.body());
        assertEquals(403, api.put("api/v1/states/SD/coordination-body", api.token("donor.eu", PASSWORD),
                bodyJson(sudanBody, "Donor's", 1, 1)).status());
        assertEquals(sudanBody.getString("name"), api.get("api/v1/states/SD/coordination-body", staff).json()
                .getString("name"), "unchanged");

        // Kenya's own body: members, counts of women and men, the new agency as a member
        JsonObject body = api.get("api/v1/states/KE/coordination-body", kenya).json();
        String changed = Json.createObjectBuilder().add("type", "MANAGEMENT_COMMITTEE")
                .add("name", "Kenya National Focal Point " + run).add("legalBasis", "Firearms Act, Cap. 114")
                .add("establishedOn", "2003-05-01")
                .add("memberAgencies", Json.createArrayBuilder(body.getJsonArray("memberAgencies"))
                        .add(agency.getString("id")))
                .add("membersWomen", 10).add("membersMen", 13).add("leadersWomen", 3).add("leadersMen", 2)
                .add("version", body.getJsonNumber("version").longValue()).build().toString();
        ApiClient.Reply saved = api.put("api/v1/states/KE/coordination-body", kenya, changed);
        assertEquals(200, saved.status(), saved.body());
        assertEquals("MANAGEMENT_COMMITTEE", saved.json().getString("type"));
        assertEquals(10, saved.json().getInt("membersWomen"));
        assertTrue(saved.json().getJsonArray("memberAgencies").toString().contains(agency.getString("id")));
        assertEquals(409, api.put("api/v1/states/KE/coordination-body", kenya, changed).status(), "stale version");
        ApiClient.Reply badCounts = api.put("api/v1/states/KE/coordination-body", kenya, bodyJson(saved.json(),
                "Too many leaders", 1, 9));
        assertEquals(400, badCounts.status(), badCounts.body());
        ApiClient.Reply foreignMember = api.put("api/v1/states/KE/coordination-body", kenya,
                Json.createObjectBuilder().add("type", "COMMISSION").add("name", "With Sudan's police")
                        .add("memberAgencies", Json.createArrayBuilder().add(sudanAgency.getString("id")))
                        .add("version", saved.json().getJsonNumber("version").longValue()).build().toString());
        assertEquals(400, foreignMember.status(), foreignMember.body());
        assertTrue(foreignMember.body().contains("memberAgencies"), foreignMember.body());
    }

    private String stateId(String iso2, String token) {
        return api.get("api/v1/states/" + iso2, token).json().getJsonObject("state").getString("id");
    }

    /** A body like {@code body} with another name, and {@code members} members of whom {@code leaders} lead. */
    private static String bodyJson(JsonObject body, String name, int members, int leaders) {
        return Json.createObjectBuilder().add("type", body.getString("type")).add("name", name)
                .add("memberAgencies", body.getJsonArray("memberAgencies"))
                .add("membersWomen", members).add("membersMen", 0).add("leadersWomen", leaders).add("leadersMen", 0)
                .add("version", body.getJsonNumber("version").longValue()).build().toString();
    }
}
