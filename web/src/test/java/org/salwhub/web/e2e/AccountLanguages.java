package org.salwhub.web.e2e;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Choosing a language while signed in saves it on the account. Browser tests share one server and its demo
 * accounts, so a test that switches {@code staff} to Arabic must not leave the next test's {@code staff} in Arabic:
 * this remembers each account's language before the first switch (through the API) and puts it back after the test.
 * Accounts that may not have an API token (a one-time password) are test-made and left alone.
 */
final class AccountLanguages {

    private record Credentials(String username, String password) {
    }

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<Credentials, String> original = new LinkedHashMap<>();

    AccountLanguages(URI base) {
        this.base = base;
    }

    /** Called before a signed-in account switches language: remembers its saved language the first time. */
    void beforeSwitch(String username, String password) {
        Credentials who = new Credentials(username, password);
        if (original.containsKey(who)) {
            return;
        }
        String token = token(who);
        if (token != null) {
            JsonObject me = json(send(request("api/v1/me", token).GET()));
            original.put(who, me.isNull("preferredLanguage") ? null : me.getString("preferredLanguage"));
        }
    }

    /** Puts every remembered account back to its language. */
    void restore() {
        try {
            for (Map.Entry<Credentials, String> entry : original.entrySet()) {
                String token = token(entry.getKey());
                if (token == null) {
                    continue;
                }
                JsonObject me = json(send(request("api/v1/me", token).GET()));
                var body = Json.createObjectBuilder().add("displayName", me.getString("displayName"))
                        .add("version", me.getJsonNumber("version").longValue());
                if (!me.isNull("email")) {
                    body.add("email", me.getString("email"));
                }
                if (entry.getValue() == null) {
                    body.addNull("preferredLanguage");
                } else {
                    body.add("preferredLanguage", entry.getValue());
                }
                HttpResponse<String> reply = send(request("api/v1/me", token)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body.build().toString())));
                if (reply.statusCode() != 200) {
                    throw new IllegalStateException("could not restore the language of " + entry.getKey().username()
                            + ": " + reply.statusCode() + " " + reply.body());
                }
            }
        } finally {
            original.clear();
        }
    }

    private String token(Credentials who) {
        String body = Json.createObjectBuilder().add("username", who.username()).add("password", who.password())
                .build().toString();
        HttpResponse<String> reply = send(request("api/v1/auth/token", null)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        return reply.statusCode() == 200 || reply.statusCode() == 201 ? json(reply).getString("secret") : null;
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(HttpResponse<String> reply) {
        return Json.createReader(new StringReader(reply.body())).readObject();
    }
}
