package org.salwhub.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The API as a client sees it: tokens, problem documents, conflicts, health and OpenAPI. */
class ApiIT {

    static final String PASSWORD = "SalwHub#2026";

    /** The run's one server (see {@link TestServer}). */
    final URL base = TestServer.url();

    ApiClient api;

    /** The accounts a test made, disabled after it even when it failed half-way. */
    private final List<String> made = new ArrayList<>();

    @BeforeEach
    void client() {
        api = new ApiClient(base);
    }

    /**
     * A reviewer account left enabled would join the reviewer pool of the classes that run after this one on the
     * same database (MySQL) and take their review assignments.
     */
    @AfterEach
    void disableTheAccountsMade() {
        if (made.isEmpty()) {
            return;
        }
        String admin = api.token("admin", PASSWORD);
        for (String id : made) {
            JsonObject account = api.get("api/v1/admin/users/" + id, admin).json();
            if (account.getBoolean("enabled")) {
                api.post("api/v1/admin/users/" + id + "/disable", admin, Json.createObjectBuilder()
                        .add("version", account.getJsonNumber("version").longValue()).build().toString());
            }
        }
        made.clear();
    }

    @Test
    void meTellsTheTokenOwnersRolesAndScope() {
        String token = api.token("fp.sudan", PASSWORD);
        ApiClient.Reply me = api.get("api/v1/me", token);
        assertEquals(200, me.status(), me.body());
        JsonObject json = me.json();
        assertEquals("fp.sudan", json.getString("username"));
        assertEquals("FOCAL_POINT", json.getJsonArray("roles").getString(0));
        assertEquals("STATE", json.getJsonObject("scope").getString("type"));
        assertEquals("Sudan", json.getJsonObject("scope").getString("name"));

        ApiClient.Reply donor = api.get("api/v1/me", api.token("donor.eu", PASSWORD));
        assertEquals("ORGANISATION", donor.json().getJsonObject("scope").getString("type"));
        assertEquals("European Union", donor.json().getJsonObject("scope").getString("name"));
    }

    @Test
    void aMissingOrInvalidTokenGets401WithAProblemBody() {
        for (String token : new String[] {null, "shub_not-a-real-token", "garbage"}) {
            ApiClient.Reply reply = api.get("api/v1/me", token);
            assertEquals(401, reply.status(), reply.body());
            assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
            assertEquals(401, reply.json().getInt("status"));
            assertFalse(reply.body().contains("Exception"), reply.body());
        }
        assertEquals(401, api.get("api/v1/no-such-endpoint", null).status());
    }

    @Test
    void aRevokedTokenStopsWorking() {
        String token = api.token("donor.gffo", PASSWORD);
        ApiClient.Reply tokens = api.get("api/v1/me/tokens", token);
        assertEquals(200, tokens.status(), tokens.body());
        String id = tokens.structure().asJsonArray().stream().map(v -> v.asJsonObject())
                .filter(t -> t.getString("name").equals("integration test") && !t.containsKey("revokedAt"))
                .findFirst().orElseThrow().getString("id");
        assertEquals(200, api.get("api/v1/me", token).status());

        assertEquals(204, api.delete("api/v1/me/tokens/" + id, token).status());
        assertEquals(401, api.get("api/v1/me", token).status());
    }

    @Test
    void aStaleVersionGets409SayingWhoChangedWhat() {
        String token = api.token("fp.burundi", PASSWORD);
        JsonObject me = api.get("api/v1/me", token).json();
        long loaded = me.getJsonNumber("version").longValue();

        ApiClient.Reply first = api.put("api/v1/me", token, Json.createObjectBuilder()
                .add("displayName", "Claudine Niyonzima (CNAP)").add("email", "c.niyonzima@cnap-burundi.example")
                .add("preferredLanguage", "fr").add("version", loaded).build().toString());
        assertEquals(200, first.status(), first.body());

        ApiClient.Reply stale = api.put("api/v1/me", token, Json.createObjectBuilder()
                .add("displayName", "C. Niyonzima").add("preferredLanguage", "fr").add("version", loaded)
                .build().toString());
        assertEquals(409, stale.status(), stale.body());
        JsonObject problem = stale.json();
        assertEquals(409, problem.getInt("status"));
        assertTrue(problem.getString("detail").contains("fp.burundi"), problem.toString());
        assertTrue(problem.getJsonArray("changes").stream().map(v -> v.asJsonObject())
                .anyMatch(c -> c.getString("field").equals("displayName")
                        && c.getString("to").equals("Claudine Niyonzima (CNAP)")), problem.toString());
        assertEquals("Claudine Niyonzima (CNAP)", api.get("api/v1/me", token).json().getString("displayName"),
                "the stale write changed nothing");
    }

    @Test
    void badInputGets400WithFieldErrorsAndChangesNothing() {
        String token = api.token("fp.kenya", PASSWORD);
        JsonObject before = api.get("api/v1/me", token).json();

        ApiClient.Reply invalid = api.put("api/v1/me", token, Json.createObjectBuilder().add("displayName", " ")
                .add("email", "not-an-address").add("version", before.getJsonNumber("version").longValue())
                .build().toString());
        assertEquals(400, invalid.status(), invalid.body());
        assertTrue(invalid.json().getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field"))
                .toList().containsAll(List.of("displayName", "email")), invalid.body());

        ApiClient.Reply malformed = api.put("api/v1/me", token, "{ this is not json");
        assertEquals(400, malformed.status(), malformed.body());
        assertTrue(malformed.contentType().startsWith("application/problem+json"), malformed.contentType());

        assertEquals(before.getString("displayName"), api.get("api/v1/me", token).json().getString("displayName"));
    }

    @Test
    void onlyAdministratorsListUsers() {
        ApiClient.Reply forbidden = api.get("api/v1/admin/users", api.token("fp.kenya", PASSWORD));
        assertEquals(403, forbidden.status(), forbidden.body());
        assertEquals(403, forbidden.json().getInt("status"));
        assertTrue(forbidden.contentType().startsWith("application/problem+json"), forbidden.contentType());

        ApiClient.Reply users = api.get("api/v1/admin/users?q=fp.", api.token("admin", PASSWORD));
        assertEquals(200, users.status(), users.body());
        assertTrue(users.structure().asJsonArray().size() >= 3, users.body());
        assertFalse(users.body().contains("passwordHash") || users.body().contains("pbkdf2")
                || users.body().contains("PBKDF2"), "no password hashes in the API");
        assertEquals(404, api.get("api/v1/admin/users/no-such-id", api.token("admin", PASSWORD)).status());
    }

    @Test
    void anUnknownResourceGets404Problem() {
        ApiClient.Reply reply = api.get("api/v1/no-such-endpoint", api.token("staff", PASSWORD));
        assertEquals(404, reply.status(), reply.body());
        assertEquals(404, reply.json().getInt("status"));
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountForTheApiToo() {
        for (int i = 0; i < 5; i++) {
            assertEquals(401, api.post("api/v1/auth/token", null,
                    "{\"username\":\"reviewer\",\"password\":\"wrong-" + i + "\"}").status());
        }
        ApiClient.Reply locked = api.post("api/v1/auth/token", null,
                "{\"username\":\"reviewer\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(401, locked.status(), locked.body());

        // an administrator lifts the lockout (and other tests may use the account again)
        String admin = api.token("admin", PASSWORD);
        String id = api.get("api/v1/admin/users?q=reviewer", admin).structure().asJsonArray().stream()
                .map(v -> v.asJsonObject()).filter(u -> u.getString("username").equals("reviewer")).findFirst()
                .orElseThrow().getString("id");
        assertEquals(403, api.post("api/v1/admin/users/" + id + "/unlock", api.token("staff", PASSWORD), "{}").status());
        assertEquals(200, api.post("api/v1/admin/users/" + id + "/unlock", admin, "{}").status());
        ApiClient.Reply again = api.post("api/v1/auth/token", null,
                "{\"username\":\"reviewer\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(201, again.status(), again.body());
    }

    @Test
    void anAccountWithAOneTimePasswordGetsNoTokenUntilItsOwnerChoseAPassword() {
        String admin = api.token("admin", PASSWORD);
        String username = "otp." + java.util.UUID.randomUUID().toString().substring(0, 8);
        ApiClient.Reply made = api.post("api/v1/admin/users", admin, Json.createObjectBuilder()
                .add("username", username).add("displayName", "One-Time Tester")
                .add("roles", Json.createArrayBuilder().add("REVIEWER")).build().toString());
        assertEquals(201, made.status(), made.body());
        this.made.add(made.json().getJsonObject("account").getString("id"));
        String oneTime = made.json().getString("oneTimePassword");
        assertTrue(made.json().getJsonObject("account").getBoolean("mustChangePassword"), made.body());

        // the right one-time password: refused, saying what to do, and no token issued
        ApiClient.Reply refused = api.post("api/v1/auth/token", null, Json.createObjectBuilder()
                .add("username", username).add("password", oneTime).build().toString());
        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertEquals(403, refused.json().getInt("status"));
        String detail = refused.json().getString("detail");
        assertTrue(detail.contains("one-time password") && detail.contains("new password"), detail);
        assertFalse(refused.body().contains("secret") || refused.body().contains("shub_"), refused.body());
        // a wrong password still learns nothing more than before
        assertEquals(401, api.post("api/v1/auth/token", null, Json.createObjectBuilder().add("username", username)
                .add("password", oneTime + "x").build().toString()).status());

        // its owner signs in on the web, is sent to the profile page and chooses a password there
        String chosen = "Chosen-passphrase-2026";
        WebSession.replaceOneTimePassword(base, username, oneTime, chosen);
        assertEquals(401, api.post("api/v1/auth/token", null, Json.createObjectBuilder().add("username", username)
                .add("password", oneTime).build().toString()).status(), "the one-time password no longer works");
        ApiClient.Reply issued = api.post("api/v1/auth/token", null, Json.createObjectBuilder()
                .add("username", username).add("password", chosen).add("tokenName", "after the change").build()
                .toString());
        assertEquals(201, issued.status(), issued.body());
        String token = issued.json().getString("secret");
        assertEquals(username, api.get("api/v1/me", token).json().getString("username"));
        String id = made.json().getJsonObject("account").getString("id");
        assertFalse(api.get("api/v1/admin/users/" + id, admin).json().getBoolean("mustChangePassword"));
        // the account's tokens, revoked ones included: only this one, so the refused request created none
        ApiClient.Reply tokens = api.get("api/v1/me/tokens", token);
        assertEquals(200, tokens.status(), tokens.body());
        assertEquals(List.of("after the change"), tokens.structure().asJsonArray().stream()
                .map(v -> v.asJsonObject().getString("name")).toList(), tokens.body());

        // the administrator disables the account (someone left): its token stops working at once
        disable(admin, id);
        assertEquals(401, api.get("api/v1/me", token).status(), "a disabled account's token");
    }

    /**
     * Disables an account this class made, as an administrator offboarding someone would, so that it does not
     * stay a candidate reviewer for the classes that run after this one on the same database.
     */
    private void disable(String admin, String id) {
        JsonObject account = api.get("api/v1/admin/users/" + id, admin).json();
        assertEquals(400, api.post("api/v1/admin/users/" + id + "/disable", admin, "{}").status(), "the version read");
        ApiClient.Reply disabled = api.post("api/v1/admin/users/" + id + "/disable", admin,
                Json.createObjectBuilder().add("version", account.getJsonNumber("version").longValue()).build()
                        .toString());
        assertEquals(200, disabled.status(), disabled.body());
        assertFalse(disabled.json().getBoolean("enabled"), disabled.body());
    }

    @Test
    void aOneTimePasswordOpensOnlyTheProfilePageUntilItIsReplaced() {
        String admin = api.token("admin", PASSWORD);
        String username = "gate." + java.util.UUID.randomUUID().toString().substring(0, 8);
        ApiClient.Reply made = api.post("api/v1/admin/users", admin, Json.createObjectBuilder()
                .add("username", username).add("displayName", "Gate Tester").add("preferredLanguage", "fr")
                .add("roles", Json.createArrayBuilder().add("CENTRE_STAFF")).build().toString());
        assertEquals(201, made.status(), made.body());
        this.made.add(made.json().getJsonObject("account").getString("id"));
        String oneTime = made.json().getString("oneTimePassword");

        // signing in leads to the profile page, as before
        WebSession web = new WebSession(base);
        web.signIn(username, oneTime);
        assertTrue(web.lastUri().getPath().endsWith("/app/profile.xhtml"), web.lastUri().toString());

        // ... and now no other page opens: each sends the user back there, saying why, in their language (French)
        String notice = "seule cette page vous est accessible";
        for (String page : new String[] {"app/directory.xhtml", "app/dashboard.xhtml", "app/staff/audit.xhtml",
                "app/inbox.xhtml?filter=unread"}) {
            HttpResponse<String> refused = web.unfollowed(page);
            assertEquals(303, refused.statusCode(), page);
            assertTrue(refused.headers().firstValue("Location").orElse("")
                    .endsWith("/app/profile.xhtml?changePassword=required"), refused.headers().toString());
            String landed = web.get(page);
            assertTrue(web.lastUri().toString().endsWith("/app/profile.xhtml?changePassword=required"),
                    web.lastUri().toString());
            assertTrue(landed.contains("id=\"passwordForm\"") && landed.contains(notice), page);
            assertFalse(landed.contains("id=\"directoryForm\""), page);
        }
        // not the downloads served under /app either
        assertEquals(303, web.unfollowed("app/fellowship-documents/anything").statusCode());
        // an AJAX request gets the partial response that makes the page go there
        String profile = web.get("app/profile.xhtml");
        assertFalse(profile.contains(notice), "opened directly, the profile says what to do, not why");
        assertTrue(profile.contains("id=\"passwordRequired\""), "the notice to choose a password");
        HttpResponse<String> ajax = web.ajax("app/dashboard.xhtml", profile, "accountForm:profileLink");
        assertEquals(200, ajax.statusCode());
        assertTrue(ajax.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"), ajax.headers()
                .toString());
        assertTrue(ajax.body().contains("<partial-response><redirect url=\"")
                && ajax.body().contains("/app/profile.xhtml?changePassword=required\""), ajax.body());
        // the profile page's own requests still work: choosing a password there
        String changed = web.post("app/profile.xhtml", profile, "passwordForm", Map.of(
                "passwordForm:currentPassword", oneTime, "passwordForm:newPassword", "Gate-passphrase-2026",
                "passwordForm:repeatPassword", "Gate-passphrase-2026"), "passwordForm:changePassword");
        assertFalse(changed.contains("id=\"passwordRequired\""), "the notice is gone with the one-time password");

        // then everything opens, in the same session, without signing out
        String directory = web.get("app/directory.xhtml");
        assertTrue(web.lastUri().getPath().endsWith("/app/directory.xhtml"), web.lastUri().toString());
        assertTrue(directory.contains("id=\"directoryForm\""), "the directory itself");
        assertFalse(directory.contains(notice));
        assertEquals(200, web.unfollowed("app/dashboard.xhtml").statusCode());
    }

    @Test
    void aPasswordResetRevokesTheAccountsTokensAndHoldsItsSessionToTheProfilePage() {
        String admin = api.token("admin", PASSWORD);
        String username = "reset." + java.util.UUID.randomUUID().toString().substring(0, 8);
        String password = "Own-passphrase-2026";
        ApiClient.Reply made = api.post("api/v1/admin/users", admin, Json.createObjectBuilder()
                .add("username", username).add("displayName", "Reset Tester").add("password", password)
                .add("roles", Json.createArrayBuilder().add("REVIEWER")).build().toString());
        assertEquals(201, made.status(), made.body());
        String id = made.json().getJsonObject("account").getString("id");
        this.made.add(id);
        String script = api.token(username, password);
        String other = api.token(username, password);
        String revokedBefore = api.token(username, password);
        String revokedId = api.get("api/v1/me/tokens", revokedBefore).structure().asJsonArray().stream()
                .map(v -> v.asJsonObject()).filter(t -> revokedBefore.startsWith(t.getString("prefix")))
                .findFirst().orElseThrow().getString("id");
        assertEquals(204, api.delete("api/v1/me/tokens/" + revokedId, revokedBefore).status());
        assertEquals(200, api.get("api/v1/me", script).status(), "issued before the reset");
        // the owner is signed in on the web, on the dashboard
        WebSession web = new WebSession(base);
        String dashboard = web.signIn(username, password);
        assertTrue(web.lastUri().getPath().endsWith("/app/dashboard.xhtml"), web.lastUri().toString());

        assertEquals(403, api.post("api/v1/admin/users/" + id + "/password-reset", api.token("staff", PASSWORD), "{}")
                .status(), "administrators only");
        assertEquals(200, api.get("api/v1/me", script).status(), "a refused reset revokes nothing");
        ApiClient.Reply reset = api.post("api/v1/admin/users/" + id + "/password-reset", admin, "{}");
        assertEquals(200, reset.status(), reset.body());
        assertEquals(2, reset.json().getInt("revokedTokens"), "the two still active; the one revoked before not");
        assertTrue(reset.json().getJsonObject("account").getBoolean("mustChangePassword"));
        String oneTime = reset.json().getString("oneTimePassword");

        for (String token : new String[] {script, other}) {
            ApiClient.Reply refused = api.get("api/v1/me", token);
            assertEquals(401, refused.status(), refused.body());
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        }
        ApiClient.Reply listed = api.get("api/v1/admin/users/" + id, admin);
        assertTrue(listed.json().getBoolean("mustChangePassword"), listed.body());
        assertEquals(401, api.post("api/v1/auth/token", null, Json.createObjectBuilder().add("username", username)
                .add("password", password).build().toString()).status(), "the old password is gone");
        assertEquals(403, api.post("api/v1/auth/token", null, Json.createObjectBuilder().add("username", username)
                .add("password", oneTime).build().toString()).status(), "no token for the one-time password");

        // the session signed in before the reset now opens only the profile page, where changing the password
        // needs the one-time one; signing out still works from the page it had open
        web.get("app/directory.xhtml");
        assertTrue(web.lastUri().toString().endsWith("/app/profile.xhtml?changePassword=required"),
                web.lastUri().toString());
        web.post("app/dashboard.xhtml", dashboard, "accountForm", Map.of(), "accountForm:signOut");
        assertTrue(web.lastUri().toString().endsWith("/index.xhtml?signedOut=true"), web.lastUri().toString());
        HttpResponse<String> signedOut = web.unfollowed("app/profile.xhtml");
        assertEquals(302, signedOut.statusCode(), "signed out");
        assertTrue(signedOut.headers().firstValue("Location").orElse("").contains("/login.xhtml"),
                signedOut.headers().toString());
        disable(admin, id);
    }

    @Test
    void healthReportsTheDatabase() {
        ApiClient.Reply health = api.get("health", null);
        assertEquals(200, health.status(), health.body());
        assertTrue(health.body().contains("\"database\"") && health.body().contains("UP"), health.body());
    }

    @Test
    void openApiDescribesTheApi() {
        ApiClient.Reply openapi = api.get("openapi", null);
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/v1/me"), openapi.body());
        assertTrue(openapi.body().contains("/api/v1/auth/token"), openapi.body());
    }
}
