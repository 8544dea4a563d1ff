package org.salwhub.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 17: requests that used to end in HTTP 500, and tokens that outlived a disabled account. */
class HardeningIT {

    static final String PASSWORD = "SalwHub#2026";

    /** The run's one server (see {@link TestServer}). */
    final URL base = TestServer.url();

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(base);
    }

    @Test
    void aMalformedAcceptLanguageIsReadLenientlyNotFailed() {
        String token = api.token("staff", PASSWORD);
        for (String header : new String[] {"en;q=abc", "ar;q=2", "fr;q=0.5;q=x, ar", ";;;"}) {
            ApiClient.Reply needs = api.get("api/v1/needs", token, header);
            assertEquals(200, needs.status(), header + ": " + needs.body());
            ApiClient.Reply invalid = api.getAs("api/v1/projects?year=abc", token, "application/json", header);
            assertTrue(invalid.status() >= 400 && invalid.status() < 500, header + ": " + invalid.status());
        }
        // the lenient reading keeps the language asked for
        ApiClient.Reply arabic = api.get("api/v1/no-such-endpoint", token, "ar;q=2");
        assertEquals(404, arabic.status());
        assertTrue(arabic.json().getString("detail").chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF),
                arabic.body());
    }

    @Test
    void aPathSegmentOfWhiteSpaceIsNotFound() {
        String token = api.token("staff", PASSWORD);
        for (String path : new String[] {"api/v1/persons/%20", "api/v1/states/%20%20", "api/v1/organisations/%09",
                "api/v1/agencies/%20", "api/v1/fellowship-calls/%20", "api/v1/reports/%20"}) {
            ApiClient.Reply reply = api.get(path, token);
            assertEquals(404, reply.status(), path + ": " + reply.body());
        }
    }

    @Test
    void wholeNumbersOutOfRangeOrWithAFractionAreRefusedNotWrapped() {
        String staff = api.token("staff", PASSWORD);
        int year = MeetingsItBase.YEAR.getAndIncrement();
        for (String capacity : new String[] {"1e30", "9223372036854775808", "1.5"}) {
            String title = "Capacity " + capacity + " " + UUID.randomUUID();
            ApiClient.Reply reply = api.post("api/v1/meetings", staff, MeetingsItBase.meeting("TRAINING", title,
                    MeetingsItBase.at(year, 7, 1, 9), MeetingsItBase.at(year, 7, 1, 17), "Africa/Nairobi")
                    .add("capacity", new java.math.BigDecimal(capacity)).build().toString());
            assertEquals(400, reply.status(), capacity + ": " + reply.body());
            assertTrue(reply.body().contains("whole number"), "a field message: " + reply.body());
        }
        ApiClient.Reply fine = api.post("api/v1/meetings", staff, MeetingsItBase.meeting("TRAINING",
                "Capacity 40 " + UUID.randomUUID(), MeetingsItBase.at(year, 7, 2, 9), MeetingsItBase.at(year, 7, 2, 17),
                "Africa/Nairobi").add("capacity", 40).build().toString());
        assertEquals(201, fine.status(), fine.body());
        assertEquals(40, fine.json().getInt("capacity"));
    }

    @Test
    void theErrorPageOpenedDirectlyIsNotAServerError() {
        assertEquals(404, new WebSession(base).unfollowed("error.xhtml").statusCode());
    }

    @Test
    void aFormPostedAfterItsSessionEndedLeadsToTheSignInPageWithANotice() {
        String page = new WebSession(base).get("login.xhtml"); // a view of a session that then ends
        WebSession later = new WebSession(base);
        HttpResponse<String> full = later.postUnfollowed("login.xhtml", page, "loginForm", Map.of(
                "loginForm:username", "staff", "loginForm:password", PASSWORD, "loginForm:next", ""),
                "loginForm:submit");
        assertEquals(302, full.statusCode(), full.body());
        assertTrue(full.headers().firstValue("Location").orElse("").endsWith("/login.xhtml?expired=true"),
                full.headers().toString());

        HttpResponse<String> ajax = later.ajax("login.xhtml", page, "loginForm:submit");
        assertEquals(200, ajax.statusCode(), ajax.body());
        assertTrue(ajax.body().contains("<redirect url=\"") && ajax.body().contains("login.xhtml?expired=true"),
                ajax.body());

        assertTrue(later.get("login.xhtml?expired=true").contains("id=\"expiredNotice\""));
    }

    @Test
    void reEnablingAnAccountDoesNotBringItsOldTokensBack() {
        String admin = api.token("admin", PASSWORD);
        String username = "reenable." + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.Reply made = api.post("api/v1/admin/users", admin, Json.createObjectBuilder()
                .add("username", username).add("displayName", "Re-enable Tester")
                .add("roles", Json.createArrayBuilder().add("REVIEWER")).build().toString());
        assertEquals(201, made.status(), made.body());
        String id = made.json().getJsonObject("account").getString("id");
        String chosen = "Chosen-passphrase-2026";
        WebSession.replaceOneTimePassword(base, username, made.json().getString("oneTimePassword"), chosen);
        String old = api.token(username, chosen);
        assertEquals(200, api.get("api/v1/me", old).status());

        JsonObject account = api.get("api/v1/admin/users/" + id, admin).json();
        ApiClient.Reply disabled = api.post("api/v1/admin/users/" + id + "/disable", admin, version(account));
        assertEquals(200, disabled.status(), disabled.body());
        assertEquals(401, api.get("api/v1/me", old).status());
        ApiClient.Reply enabled = api.post("api/v1/admin/users/" + id + "/enable", admin, version(disabled.json()));
        assertEquals(200, enabled.status(), enabled.body());
        assertEquals(401, api.get("api/v1/me", old).status(), "the token of before the disabling stays dead");
        assertEquals(200, api.get("api/v1/me", api.token(username, chosen)).status(), "a new token works");

        JsonObject after = api.get("api/v1/admin/users/" + id, admin).json();
        api.post("api/v1/admin/users/" + id + "/disable", admin, version(after));
    }

    private static String version(JsonObject account) {
        return Json.createObjectBuilder().add("version", account.getJsonNumber("version").longValue()).build()
                .toString();
    }
}
