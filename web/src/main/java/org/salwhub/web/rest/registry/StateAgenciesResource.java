package org.salwhub.web.rest.registry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.web.rest.registry.DirectoryResources.AgencyJson;

/** A State's agencies and competent authorities (new ones: POST /agencies; changes: PUT /agencies/{id}). */
@Path("states/{ref}/agencies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StateAgenciesResource {

    @Inject
    RegistryFacade registry;

    @Inject
    DirectoryFacade directory;

    @GET
    @Operation(summary = "The State's agencies, by name")
    public List<AgencyJson> agencies(@PathParam("ref") String ref) {
        return directory.agencies(ReportingJson.state(registry, ref).id()).stream().map(AgencyJson::of).toList();
    }
}
