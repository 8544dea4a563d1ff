package org.salwhub.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small JSON client for the API, as a donor's script would use it. */
final class ApiClient {

    record Reply(int status, String contentType, String body) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        JsonStructure structure() {
            return Json.createReader(new StringReader(body)).read();
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    ApiClient(URL base) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
    }

    Reply get(String path, String token) {
        return send(request(path, token).GET());
    }

    /** A GET asking for answers in {@code language} ({@code Accept-Language}). */
    Reply get(String path, String token, String language) {
        return send(request(path, token).header("Accept-Language", language).GET());
    }

    /** A GET accepting {@code accept} instead of JSON (XML, CSV, XLSX downloads). */
    Reply getAs(String path, String token, String accept) {
        return send(request(path, token).setHeader("Accept", accept).GET());
    }

    /** A GET accepting {@code accept} (CSV, XLSX) in {@code language} ({@code Accept-Language}). */
    Reply getAs(String path, String token, String accept, String language) {
        return send(request(path, token).setHeader("Accept", accept).header("Accept-Language", language).GET());
    }

    /** A GET of a binary download (an XLSX workbook), with its status and bytes. */
    HttpResponse<byte[]> bytes(String path, String token, String accept, String language) {
        try {
            return http.send(request(path, token).setHeader("Accept", accept).header("Accept-Language", language)
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A POST of an XML document. */
    Reply postXml(String path, String token, String xml) {
        return send(request(path, token).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(xml)));
    }

    Reply post(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply put(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    /** Signs in through POST /api/v1/auth/token and returns the token's secret. */
    String token(String username, String password) {
        Reply reply = post("api/v1/auth/token", null, Json.createObjectBuilder().add("username", username)
                .add("password", password).add("tokenName", "integration test").build().toString());
        if (reply.status() != 201) {
            throw new AssertionError("sign-in of " + username + " failed: " + reply);
        }
        return reply.json().getString("secret");
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
