package org.salwhub.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.salwhub.web.notify.Inbox;
import org.salwhub.web.notify.InboxEntry;
import org.salwhub.web.security.Accounts;

/**
 * The caller's in-app inbox: what the modules told them, in the language they ask for (Accept-Language), else in
 * the language of their account.
 */
@Path("me/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    @Inject
    Inbox inbox;

    @Inject
    Accounts accounts;

    @Context
    HttpHeaders headers;

    public record Page(long unread, List<InboxEntry> entries) {
    }

    public record Count(long updated) {
    }

    @GET
    @Operation(summary = "The caller's notifications, newest first (unread=true for unread only)")
    public Page list(@QueryParam("unread") @DefaultValue("false") boolean unreadOnly,
                     @QueryParam("first") @DefaultValue("0") int first,
                     @QueryParam("max") @DefaultValue("50") int max) {
        String language = RequestLanguage.ofRequestOrCaller(headers, accounts).getLanguage();
        return new Page(inbox.unread(), inbox.entries(unreadOnly, Math.max(first, 0), Math.min(Math.max(max, 1), 200),
                language, ZoneOffset.UTC));
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one of the caller's notifications read")
    public Count read(@PathParam("id") String id) {
        inbox.markRead(id);
        return new Count(1);
    }

    @POST
    @Path("read")
    @Operation(summary = "Mark all of the caller's notifications read")
    public Count readAll() {
        return new Count(inbox.markAllRead());
    }
}
