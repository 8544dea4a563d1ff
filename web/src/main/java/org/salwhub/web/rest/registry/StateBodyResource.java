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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.directory.BodyType;
import org.salwhub.registry.api.directory.CoordinationBodyView;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.web.rest.registry.DirectoryResources.BodyJson;

/**
 * A State's national coordination body: staff record any State's, a focal point their own State's (403 otherwise);
 * the first PUT creates it (version 0), later ones are version-checked (409 when stale).
 */
@Path("states/{ref}/coordination-body")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StateBodyResource {

    @Inject
    RegistryFacade registry;

    @Inject
    DirectoryFacade directory;

    public record BodyInput(String type, String name, String legalBasis, java.time.LocalDate establishedOn,
                            List<String> memberAgencies, Integer membersWomen, Integer membersMen,
                            Integer leadersWomen, Integer leadersMen, Long version) {
    }

    @GET
    @Operation(summary = "The State's national coordination body (404 when none is recorded)")
    public BodyJson body(@PathParam("ref") String ref) {
        StateView state = ReportingJson.state(registry, ref);
        return directory.coordinationBody(state.id()).map(BodyJson::of)
                .orElseThrow(() -> new NotFoundException("CoordinationBody", state.iso2()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record or change the State's coordination body (staff, or the State's focal point)")
    public BodyJson save(@PathParam("ref") String ref, BodyInput input) {
        if (input == null || input.version() == null) {
            throw new ValidationException("version", "required");
        }
        StateView state = ReportingJson.state(registry, ref);
        List<UUID> agencies = input.memberAgencies() == null ? List.of() : input.memberAgencies().stream()
                .map(a -> DirectoryResources.uuid(a, "memberAgencies")).toList();
        return BodyJson.of(directory.saveCoordinationBody(new CoordinationBodyView(null, state.id().value(),
                input.type() == null ? null : DirectoryResources.parse(BodyType.class, input.type(), "type"),
                input.name(), input.legalBasis(), input.establishedOn(), agencies, count(input.membersWomen()),
                count(input.membersMen()), count(input.leadersWomen()), count(input.leadersMen()), input.version())));
    }

    private static int count(Integer value) {
        return value == null ? 0 : value;
    }
}
