package org.salwhub.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.salwhub.registry.api.OrganisationId;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.registry.api.kernel.Role;
import org.salwhub.web.i18n.LanguageSelection;

/** Who is signed in, for menus and headers; and signing out. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    CallerContext callers;

    @Inject
    RegistryFacade registry;

    @Inject
    LanguageSelection language;

    private Caller caller;

    public Caller getCaller() {
        if (caller == null) {
            caller = callers.current();
        }
        return caller;
    }

    public boolean isSignedIn() {
        return getCaller().isAuthenticated();
    }

    public String getUsername() {
        return getCaller().username();
    }

    public boolean is(String role) {
        return getCaller().has(Role.valueOf(role));
    }

    public boolean isStaff() {
        return getCaller().isStaff();
    }

    /** Signed in with a role of the network; a fellow alone sees only their own fellowship. */
    public boolean isNetworkMember() {
        return getCaller().isNetworkMember();
    }

    /** The State or organisation this user acts for, in the current language; empty for staff. */
    public String getScopeName() {
        Optional<String> state = getCaller().state().flatMap(id -> registry.state(new StateId(id)))
                .map(s -> s.name().in(language.getLocale()));
        if (state.isPresent()) {
            return state.get();
        }
        return getCaller().organisation().flatMap(id -> registry.organisation(new OrganisationId(id)))
                .map(o -> o.acronym()).orElse("");
    }

    /** Ends the session completely and returns to the public page. */
    public void signOut() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(external.getRequestContextPath() + "/index.xhtml?signedOut=true");
    }
}
