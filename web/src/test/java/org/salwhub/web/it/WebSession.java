package org.salwhub.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: signs in on the sign-in page and posts the pages' forms as they would be posted (with
 * the session cookie and the view state), for the steps that only the web application offers, such as choosing a
 * new password instead of a one-time one.
 */
final class WebSession {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
    /** The same session, seeing redirects instead of following them. */
    private final HttpClient unfollowed = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;
    private URI lastUri;

    WebSession(URL base) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
    }

    /**
     * The owner of an account with a one-time password signs in (which takes them to their profile page) and
     * chooses {@code newPassword} there, as the API's refusal tells them to; answers the page after the change.
     */
    static String replaceOneTimePassword(URL base, String username, String oneTimePassword, String newPassword) {
        WebSession web = new WebSession(base);
        String profile = web.signIn(username, oneTimePassword);
        if (!profile.contains("id=\"passwordForm\"")) {
            throw new AssertionError("signing in with the one-time password did not lead to the profile page");
        }
        return web.post("app/profile.xhtml", profile, "passwordForm", Map.of(
                "passwordForm:currentPassword", oneTimePassword, "passwordForm:newPassword", newPassword,
                "passwordForm:repeatPassword", newPassword), "passwordForm:changePassword");
    }

    /** Signs in on the sign-in page; answers the page it led to. */
    String signIn(String username, String password) {
        String login = get("login.xhtml");
        return post("login.xhtml", login, "loginForm", Map.of("loginForm:username", username,
                "loginForm:password", password, "loginForm:next", ""), "loginForm:submit");
    }

    String get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** Where the last page came from, after the redirects it followed. */
    URI lastUri() {
        return lastUri;
    }

    /** A GET whose redirect is answered, not followed. */
    HttpResponse<String> unfollowed(String path) {
        return exchange(unfollowed, HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /**
     * An AJAX request as PrimeFaces sends it from {@code page} (read from {@code path}): the view state, the
     * component that fired and what to execute and render, with the {@code Faces-Request} header; not followed.
     */
    HttpResponse<String> ajax(String path, String page, String source) {
        Matcher state = VIEW_STATE.matcher(page);
        String viewState = state.find() ? state.group(1).replace("&#58;", ":") : "";
        String body = Map.of("jakarta.faces.partial.ajax", "true", "jakarta.faces.source", source,
                        "jakarta.faces.partial.execute", source, "jakarta.faces.partial.render", "@form",
                        "jakarta.faces.ViewState", viewState).entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return exchange(unfollowed, HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Posts form {@code form} of {@code page} (read from {@code path}, perhaps by another session) with
     * {@code fields}, pressing {@code button}; the answer is not followed.
     */
    HttpResponse<String> postUnfollowed(String path, String page, String form, Map<String, String> fields,
                                        String button) {
        return exchange(unfollowed, formPost(path, page, form, fields, button));
    }

    /** Posts form {@code form} of {@code page} (read from {@code path}) with {@code fields}, pressing {@code button}. */
    String post(String path, String page, String form, Map<String, String> fields, String button) {
        return send(formPost(path, page, form, fields, button));
    }

    private HttpRequest.Builder formPost(String path, String page, String form, Map<String, String> fields,
                                         String button) {
        Matcher state = VIEW_STATE.matcher(page);
        if (!state.find()) {
            throw new AssertionError("no view state on " + path);
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put(form, form);
        body.putAll(fields);
        body.put(button, "");
        body.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
        String encoded = body.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private String send(HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(http, request);
        if (response.statusCode() != 200) {
            throw new AssertionError(response.uri() + " answered " + response.statusCode());
        }
        lastUri = response.uri();
        return response.body();
    }

    private static HttpResponse<String> exchange(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
