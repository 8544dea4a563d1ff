package org.salwhub.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Set;

/**
 * While the signed-in account still has a one-time password (a new account, or one an administrator reset), the
 * signed-in area is its profile page, where the password is changed, and nothing else: every other request under
 * {@code /app} is sent there, with a notice saying why ({@link #TARGET}). A page gets a redirect; an AJAX request
 * the partial response that makes JSF and PrimeFaces follow one; signing out works from any page. Static resources
 * ({@code /jakarta.faces.resource/}) lie outside {@code /app}, and the API never takes a session (its tokens are
 * refused by {@link HubAuthenticationMechanism} instead).
 * <p>
 * The mechanism reads the account on every request and marks the request ({@link #REQUIRED}) while the flag is set;
 * the next request after the password was changed is no longer marked, so the whole application opens again
 * without signing out, and a reset takes hold of a session that is already signed in at its next request.
 */
@WebFilter(urlPatterns = "/app/*", asyncSupported = true)
public class PasswordChangeGate extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The request attribute the mechanism sets while the account must replace its one-time password. */
    static final String REQUIRED = "salwhub.passwordChangeRequired";
    /** The one page open meanwhile. */
    static final String PROFILE = "/app/profile.xhtml";
    /** Where the other pages send their visitor: the profile page, saying why they landed there. */
    public static final String TARGET = PROFILE + "?changePassword=required";

    /** The sign-out link of the top bar, as its form posts it from any page, and nothing else. */
    private static final String SIGN_OUT_FORM = "accountForm";
    private static final String SIGN_OUT = SIGN_OUT_FORM + ":signOut";
    private static final Set<String> SIGN_OUT_PARAMETERS = Set.of(SIGN_OUT_FORM, SIGN_OUT,
            "jakarta.faces.ViewState");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!Boolean.TRUE.equals(request.getAttribute(REQUIRED)) || isOpen(request)) {
            chain.doFilter(request, response);
            return;
        }
        String target = request.getContextPath() + TARGET;
        response.setHeader("Cache-Control", "no-store");
        if (isAjax(request)) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(partialRedirect(target));
            return;
        }
        // 303: a form post is followed with a GET of the profile page
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", target);
    }

    private static boolean isOpen(HttpServletRequest request) {
        return (PROFILE.equals(request.getServletPath()) && request.getPathInfo() == null) || isSignOut(request);
    }

    /**
     * The top bar's sign-out link posted from any page: its form, its link and the view state, and no other field,
     * so no other component of the page can act on the way.
     */
    static boolean isSignOut(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod()) || isAjax(request) || request.getParameter(SIGN_OUT) == null) {
            return false;
        }
        return SIGN_OUT_PARAMETERS.containsAll(Collections.list(request.getParameterNames()));
    }

    static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    /** What JSF answers an AJAX request that must go elsewhere: its client script then loads {@code url}. */
    static String partialRedirect(String url) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<partial-response><redirect url=\""
                + url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                + "\"></redirect></partial-response>";
    }
}
