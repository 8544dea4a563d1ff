package org.salwhub.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
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
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;

/** What the meeting integration tests share: the API clients, data makers and helpers. */
abstract class MeetingsItBase {

    static final String PASSWORD = "SalwHub#2026";
    /** Years far enough apart that this class's meetings never meet the demo's. */
    static final AtomicInteger YEAR = new AtomicInteger(2040);

    /** The run's one server (see {@link TestServer}). */
    final URL base = TestServer.url();

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(base);
    }

    String token(String username) {
        return api.token(username, PASSWORD);
    }

    // ------------------------------------------------------------------ helpers

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static JsonObjectBuilder meeting(String type, String title, LocalDateTime start, LocalDateTime end, String zone) {
        return Json.createObjectBuilder().add("type", type).add("titleEn", title).add("start", start.toString())
                .add("end", end.toString()).add("zone", zone).add("city", "Nairobi");
    }

    JsonObject create(String staff, JsonObjectBuilder body) {
        ApiClient.Reply reply = api.post("api/v1/meetings", staff, body.build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    ApiClient.Reply move(String token, JsonObject meeting, String status, String reason) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("status", status)
                .add("version", meeting.getJsonNumber("version").longValue());
        if (reason != null) {
            body.add("reason", reason);
        }
        return api.post("api/v1/meetings/" + meeting.getString("id") + "/status", token, body.build().toString());
    }

    JsonObject moved(String staff, JsonObject meeting, String status) {
        ApiClient.Reply reply = move(staff, meeting, status, null);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    JsonObject openForRegistration(String staff, JsonObject meeting) {
        return moved(staff, moved(staff, meeting, "ANNOUNCED"), "REGISTRATION_OPEN");
    }

    String stateId(String iso, String token) {
        return api.get("api/v1/states/" + iso, token).json().getJsonObject("state").getString("id");
    }

    /** A new person of a State, recorded by staff. */
    String person(String staff, String iso, String sex) {
        ApiClient.Reply reply = api.post("api/v1/persons", staff, Json.createObjectBuilder()
                .add("stateId", stateId(iso, staff)).add("givenName", "Test").add("familyName", unique("Delegate"))
                .add("sex", sex).build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("id");
    }

    ApiClient.Reply register(String token, JsonObject meeting, String person, String state, String role) {
        return api.post("api/v1/meetings/" + meeting.getString("id") + "/registrations", token,
                Json.createObjectBuilder().add("person", person).add("category", "STATE_DELEGATE").add("state", state)
                        .add("role", role).add("consentToList", true).build().toString());
    }

    static String code(ApiClient.Reply reply) {
        return reply.json().getJsonArray("errors").getJsonObject(0).getString("code");
    }

    static LocalDateTime at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0);
    }

    static LocalDate thirdMonday(int year, int month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY));
    }

    static boolean onReport(JsonArray report, String kind, JsonObject one, JsonObject another) {
        List<String> pair = List.of(one.getString("id"), another.getString("id"));
        return report.stream().map(JsonValue::asJsonObject).anyMatch(x -> x.getString("kind").equals(kind)
                && pair.containsAll(List.of(x.getString("meetingId"), x.getString("otherMeetingId"))));
    }

    JsonObject session(String staff, JsonObject meeting, String title, LocalDateTime start, LocalDateTime end) {
        ApiClient.Reply reply = api.post("api/v1/meetings/" + meeting.getString("id") + "/sessions", staff,
                Json.createObjectBuilder().add("title", title).add("start", start.toString())
                        .add("end", end.toString()).build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    static boolean has(JsonArray conflicts, String kind, String other) {
        return conflicts.stream().map(JsonValue::asJsonObject).anyMatch(c -> c.getString("kind").equals(kind)
                && (c.getString("otherMeetingId").equals(other) || c.getString("meetingId").equals(other)));
    }

    ApiClient.Reply decide(String token, JsonObject meeting, JsonObject registration, boolean approve) {
        return api.post("api/v1/meetings/" + meeting.getString("id") + "/registrations/" + registration.getString("id")
                + "/decision", token, Json.createObjectBuilder().add("approve", approve)
                .add("version", registration.getJsonNumber("version").longValue()).build().toString());
    }

    JsonObject document(String staff, JsonObject meeting, String symbol, String access) {
        ApiClient.Reply reply = api.post("api/v1/meetings/" + meeting.getString("id") + "/documents", staff,
                Json.createObjectBuilder().add("symbol", symbol).add("type", "WORKING_PAPER").add("title", symbol)
                        .add("access", access).build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    List<String> symbols(String token, JsonObject meeting) {
        return api.get("api/v1/meetings/" + meeting.getString("id") + "/documents", token).structure().asJsonArray()
                .stream().map(d -> d.asJsonObject().getString("symbol")).sorted().toList();
    }

    // ------------------------------------------------------------------ raw HTTP for files

    HttpResponse<String> upload(String token, String path, String type, byte[] content) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", type).PUT(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    HttpResponse<String> get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).GET());
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HttpClient.newHttpClient().send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
