package org.salwhub.web.rest.meetings;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.salwhub.meetings.api.MeetingView;
import org.salwhub.meetings.api.MeetingsFacade;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.web.export.MeetingCalendar;
import org.salwhub.web.security.AccountLookup;
import org.salwhub.web.security.SystemCalls;

/**
 * A user's personal calendar feed, for calendar applications that cannot sign in: the URL's secret stands for the
 * user (it is issued on the profile page or by {@code POST /meetings/feed}, and a new one revokes it). The feed
 * holds what the user could see through the API, read with their current roles; a disabled account's feed is gone.
 */
@RequestScoped
@Path("calendar-feeds")
public class CalendarFeedResource {

    public static final String PATH_PREFIX = "/api/v1/calendar-feeds/";

    @Inject
    MeetingsFacade meetings;

    @Inject
    AccountLookup accounts;

    @Context
    UriInfo uri;

    @GET
    @Path("{secret}.ics")
    @Produces(MeetingCalendar.MEDIA_TYPE)
    @Operation(summary = "A personal calendar feed (no bearer token: the URL's secret is the credential)")
    public Response feed(@PathParam("secret") String secret) {
        String username = meetings.feedOwner(secret).orElseThrow(() -> new NotFoundException("CalendarFeed", "?"));
        Caller caller = accounts.activeCaller(username).orElseThrow(() -> new NotFoundException("CalendarFeed", "?"));
        Locale locale = MeetingRequests.language(accounts.account(username)
                .map(a -> a.view().preferredLanguage()).orElse(null));
        List<MeetingView> mine = SystemCalls.runAs("calendar-feed:" + username, caller, meetings::myMeetings);
        byte[] ics = MeetingCalendar.write(mine, locale,
                m -> uri.getBaseUri().resolve("../../app/meeting.xhtml?id=" + m.id()).toString(),
                "SALW Hub · " + username);
        return Response.ok(ics, MeetingCalendar.MEDIA_TYPE).header("Cache-Control", "private, max-age=900").build();
    }
}
