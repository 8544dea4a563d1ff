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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.directory.PublicContact;
import org.salwhub.registry.api.kernel.NotFoundException;

/**
 * What anyone may read without signing in: the commission's member States and, per State, which agency holds
 * which points-of-contact role. No person's name, e-mail or phone ever leaves through here. The only part of
 * {@code /api/v1} that needs no bearer token (see {@code HubAuthenticationMechanism}).
 */
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Path("public")
@SecurityRequirements
public class PublicDirectoryResource {

    @Inject
    RegistryFacade registry;

    @Inject
    DirectoryFacade directory;

    public record PublicStateJson(String iso2, String iso3, String nameEn, String nameFr, String nameAr) {
        static PublicStateJson of(StateView s) {
            return new PublicStateJson(s.iso2(), s.iso3(), s.name().en(), s.name().fr(), s.name().ar());
        }
    }

    public record PublicContactJson(String roleType, String agencyName) {
        static PublicContactJson of(PublicContact c) {
            return new PublicContactJson(c.roleType().name(), c.agencyName());
        }
    }

    public record PublicDirectoryJson(PublicStateJson state, List<PublicContactJson> contacts) {
    }

    @GET
    @Path("states")
    @Operation(summary = "The commission's member States (public, no token needed)")
    public List<PublicStateJson> states() {
        return registry.memberStates().stream().map(PublicStateJson::of).toList();
    }

    @GET
    @Path("states/{iso}/contacts")
    @Operation(summary = "Which agency of a State holds which points-of-contact role; no personal details"
            + " (public, no token needed)")
    public PublicDirectoryJson contacts(@PathParam("iso") String iso) {
        StateView state = registry.stateByIsoCode(iso).filter(s -> iso.length() == 2)
                .orElseThrow(() -> new NotFoundException("State", iso));
        return new PublicDirectoryJson(PublicStateJson.of(state),
                directory.publicDirectory(state.id()).stream().map(PublicContactJson::of).toList());
    }
}
