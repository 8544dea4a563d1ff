package org.salwhub.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** What the fellowship integration tests share: the API clients of the demo accounts, data makers and helpers. */
abstract class FellowshipItBase {

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
