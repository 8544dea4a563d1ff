package org.salwhub.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.salwhub.registry.api.kernel.Role;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.notify.Audience;
import org.salwhub.web.notify.Announcements;
import org.salwhub.web.notify.OutboxMail;
import org.salwhub.web.notify.OutboxStore;
import org.salwhub.web.notify.OutboxView;

/** Staff announcements to the network, and the e-mail queue behind every notification (staff only). */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AnnouncementsResource {

    @Inject
    Announcements announcements;

    @Inject
    OutboxStore outbox;

    /** Who hears it: user names, the focal points of States, the donors of organisations, holders of roles. */
    public record AudienceInput(Set<String> usernames, Set<UUID> states, Set<UUID> organisations, Set<Role> roles) {
        Audience audience() {
            return new Audience(usernames, states, organisations, roles, null);
        }
    }

    public record AnnouncementInput(String subject, String body, AudienceInput audience) {
    }

    public record MailQueue(Map<OutboxMail.Status, Long> counts, List<OutboxView> recent) {
    }

    @POST
    @Path("announcements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send an announcement to an audience through the inbox and e-mail (staff only)")
    public Response announce(AnnouncementInput input) {
        if (input == null) {
            throw new ValidationException("body", "required");
        }
        announcements.announce(input.subject(), input.body(),
                input.audience() == null ? null : input.audience().audience());
        return Response.accepted().build();
    }

    @GET
    @Path("admin/outbox")
    @Operation(summary = "The e-mail queue: counts by status and the latest messages (staff only)")
    public MailQueue queue(@QueryParam("max") @DefaultValue("50") int max) {
        return new MailQueue(outbox.countsByStatus(), outbox.recent(Math.min(Math.max(max, 1), 500)));
    }

    @POST
    @Path("admin/outbox/{id}/retry")
    @Operation(summary = "Try again a message that was given up on (staff only)")
    public Response retry(@PathParam("id") String id) {
        outbox.retry(id);
        return Response.noContent().build();
    }
}
