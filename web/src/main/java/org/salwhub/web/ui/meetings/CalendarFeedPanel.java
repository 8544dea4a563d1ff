package org.salwhub.web.ui.meetings;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.salwhub.meetings.api.MeetingsFacade;

/**
 * The profile's personal calendar feed: a URL with a secret that calendar applications subscribe to without a
 * password. The URL is shown once, when issued; issuing again or revoking makes the old one stop working.
 */
@Named
@ViewScoped
public class CalendarFeedPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingsFacade meetings;

    private String url;
    private Boolean active;

    public void issue() {
        String secret = meetings.issueFeedSecret();
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        String base = request.getRequestURL().toString();
        base = base.substring(0, base.length() - request.getRequestURI().length()) + request.getContextPath();
        url = base + "/api/v1/calendar-feeds/" + secret + ".ics";
        active = true;
    }

    public void revoke() {
        meetings.revokeFeed();
        url = null;
        active = false;
    }

    public boolean isActive() {
        if (active == null) {
            active = meetings.hasFeed();
        }
        return active;
    }

    public String getUrl() {
        return url;
    }
}
