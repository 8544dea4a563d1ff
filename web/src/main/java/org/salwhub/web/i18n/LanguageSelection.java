package org.salwhub.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The language of this session: on a first visit the browser's
 * {@code Accept-Language}; after a choice, the remembered one (a cookie for
 * everyone, the profile for signed-in users).
 */
@Named("language")
@SessionScoped
public class LanguageSelection implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String COOKIE = "salwhub_lang";

    private String code;

    @Inject
    LanguagePreference preference;

    public String getCode() {
        if (code == null) {
            code = initial();
        }
        return code;
    }

    public Locale getLocale() {
        return Languages.locale(getCode());
    }

    /** {@code rtl} for Arabic, {@code ltr} otherwise: drives {@code <html dir>} and PrimeFaces. */
    public String getDirection() {
        return Languages.isRightToLeft(getCode()) ? "rtl" : "ltr";
    }

    public boolean isRightToLeft() {
        return Languages.isRightToLeft(getCode());
    }

    public List<String> getAvailable() {
        return Languages.SUPPORTED;
    }

    /** Switches language, remembers it, and reloads the current page in it. */
    public void choose(String language) throws IOException {
        if (!Languages.isSupported(language)) {
            return;
        }
        code = language;
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        faces.getViewRoot().setLocale(getLocale());
        external.addResponseCookie(COOKIE, language, Map.of("maxAge", 365 * 24 * 3600, "path",
                external.getRequestContextPath().isEmpty() ? "/" : external.getRequestContextPath(), "httpOnly", true));
        if (external.getUserPrincipal() != null) {
            preference.remember(language);
        }
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String query = request.getQueryString();
        if (query == null && faces.getViewRoot().getViewId() != null) {
            // a postback's URL has lost the page's parameters (?iso=KE): its view parameters carry them
            external.redirect(faces.getApplication().getViewHandler().getRedirectURL(faces,
                    faces.getViewRoot().getViewId(), Map.of(), true));
            return;
        }
        external.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
    }

    /** Adopts the language saved on the profile of a user who just signed in. */
    public void adopt(String preferred) {
        if (Languages.isSupported(preferred)) {
            code = preferred;
        }
    }

    private static String initial() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return Languages.DEFAULT;
        }
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && Languages.isSupported(cookie.getValue())) {
                    return cookie.getValue();
                }
            }
        }
        return Languages.negotiate(request.getLocales());
    }
}
