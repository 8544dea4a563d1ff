package org.salwhub.web.rest.registry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.salwhub.registry.api.directory.AgencyId;
import org.salwhub.registry.api.directory.AgencyType;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.web.rest.registry.DirectoryResources.AgencyJson;

/** One agency: staff change any, a focal point their own State's (403 otherwise); 409 when the version is stale. */
@Path("agencies/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AgencyResource {

    @Inject
    DirectoryFacade directory;

    public record AgencyEditJson(String type, String name, String acronym, Long version) {
    }

    @GET
    @Operation(summary = "An agency or competent authority")
    public AgencyJson agency(@PathParam("id") String id) {
        return directory.agency(new AgencyId(DirectoryResources.uuid(id, "id"))).map(AgencyJson::of)
                .orElseThrow(() -> new NotFoundException("Agency", id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an agency's type, name and acronym (staff, or the focal point of its State)")
    public AgencyJson update(@PathParam("id") String id, AgencyEditJson input) {
        if (input == null || input.version() == null) {
            throw new ValidationException("version", "required");
        }
        return AgencyJson.of(directory.updateAgency(new AgencyId(DirectoryResources.uuid(id, "id")),
                input.type() == null ? null : DirectoryResources.parse(AgencyType.class, input.type(), "type"),
                input.name(), input.acronym(), input.version()));
    }
}
