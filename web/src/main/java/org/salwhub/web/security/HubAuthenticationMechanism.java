package org.salwhub.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.web.i18n.Languages;
import org.salwhub.web.i18n.Messages;

/**
 * One mechanism for the whole application:
 * <ul>
 *   <li>pages: form sign-in through {@code SecurityContext.authenticate}, a new session ID at sign-in,
 *       and on later requests the session's account re-checked (a disabled account is signed out at once; an
 *       account that still has a one-time password marks the request for {@link PasswordChangeGate});</li>
 *   <li>{@code /api/v1}: a bearer token on every call, 401 with a problem body when it is missing or invalid, 403
 *       while its owner still has a one-time password (sessions never authenticate the API).</li>
 * </ul>
 */
@ApplicationScoped
public class HubAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String SESSION_USER = "salwhub.user";
    static final Set<String> PUBLIC_API = Set.of("/api/v1/auth/token");
    /** The anonymous view of the directory (agencies and roles, no personal details). */
    static final String PUBLIC_API_PREFIX = "/api/v1/public/";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AccountLookup accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return api(request, response, context, path);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return signIn(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof String username) {
            Optional<ActiveAccount> account = accounts.activeAccount(username);
            if (account.isPresent()) {
                if (account.get().mustChangePassword()) {
                    request.setAttribute(PasswordChangeGate.REQUIRED, Boolean.TRUE);
                }
                return context.notifyContainerAboutLogin(username, groups(account.get().caller()));
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            String target = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return context.redirect(request.getContextPath() + "/login.xhtml?next="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession session = request.getSession(true);
        request.changeSessionId(); // no session fixation: the pre-login ID is worthless
        session.setAttribute(SESSION_USER, result.getCallerPrincipal().getName());
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response,
                                     HttpMessageContext context, String path) {
        String header = request.getHeader("Authorization");
        boolean bearer = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
        // a personal calendar feed: the URL's secret is the credential; taken literally, like the public view
        boolean feed = path.startsWith("/api/v1/calendar-feeds/") && isLiteral(path);
        if ((PUBLIC_API.contains(path) || isPublicView(path) || feed) && !bearer) {
            return context.doNothing();
        }
        if (!bearer) {
            return unauthorized(response, "A bearer token is required: send 'Authorization: Bearer <token>'."
                    + " Create a token on your profile page or with POST /api/v1/auth/token.");
        }
        Optional<ActiveAccount> account = accounts.accountForToken(header.substring(7).trim());
        if (account.isEmpty()) {
            return unauthorized(response, "The bearer token is invalid, revoked, or its account is disabled.");
        }
        if (account.get().mustChangePassword()) {
            // a token older than the account's one-time password (an administrator's reset revokes them; this
            // covers tokens of accounts reset before it did): nothing until its owner chose a password
            return problem(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", Messages.text(
                    Languages.locale(Languages.negotiate(request.getLocales())), "problem.passwordChangePending"));
        }
        Caller caller = account.get().caller();
        return context.notifyContainerAboutLogin(caller.username(), groups(caller));
    }

    /**
     * Below {@code /api/v1/public/} only, taken literally: a path with dot segments, encoded characters or path
     * parameters could be normalised into another resource after this check, so it needs a token like the rest.
     */
    static boolean isPublicView(String path) {
        return path.startsWith(PUBLIC_API_PREFIX) && isLiteral(path);
    }

    /** No dot segments, encoded characters, path parameters or doubled or back slashes. */
    static boolean isLiteral(String path) {
        return !path.contains("..") && !path.contains("%") && !path.contains(";") && !path.contains("//")
                && !path.contains("\\");
    }

    private static Set<String> groups(Caller caller) {
        return caller.roles().stream().map(Enum::name).collect(Collectors.toSet());
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"salwhub\"");
        return problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
    }

    private static AuthenticationStatus problem(HttpServletResponse response, int status, String title,
                                                String detail) {
        try {
            response.setStatus(status);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder()
                    .add("type", "about:blank")
                    .add("title", title)
                    .add("status", status)
                    .add("detail", detail)
                    .build().toString());
            response.flushBuffer();
        } catch (IOException e) {
            // the client went away; nothing to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
