package org.salwhub.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.salwhub.registry.api.OrganisationId;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.kernel.Role;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.web.security.AccountView;
import org.salwhub.web.security.Accounts;
import org.salwhub.web.security.IssuedToken;
import org.salwhub.web.security.ProfileChange;
import org.salwhub.web.security.TokenView;

/** The token owner's own account: who they are, their profile and their API tokens. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    Accounts accounts;

    @Inject
    RegistryFacade registry;

    /** The caller as the API shows them. */
    public record Me(String username, String displayName, String email, Set<Role> roles, Scope scope,
                     String preferredLanguage, long version) {
    }

    /** What the caller acts for: a State (focal points), an organisation (donors), or everything (staff). */
    public record Scope(String type, String id, String name) {
    }

    public record ProfileInput(String displayName, String email, String preferredLanguage, Long version) {
    }

    public record TokenRequest(String name) {
    }

    @GET
    @Operation(summary = "The token owner's name, roles and scope")
    public Me me() {
        return toMe(accounts.me());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change one's own display name, e-mail and language; 409 when the version is stale")
    public Me update(ProfileInput input) {
        if (input == null) {
            throw new ValidationException("body", "required");
        }
        if (input.version() == null) {
            throw new ValidationException("version", "required");
        }
        return toMe(accounts.updateMyProfile(new ProfileChange(input.displayName(), input.email(),
                input.preferredLanguage(), input.version())));
    }

    @GET
    @Path("tokens")
    @Operation(summary = "The caller's API tokens (never their secrets)")
    public List<TokenView> tokens() {
        return accounts.myTokens();
    }

    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an API token; its secret is returned once")
    public Response createToken(TokenRequest request) {
        IssuedToken issued = accounts.createToken(request == null ? null : request.name());
        return Response.status(Response.Status.CREATED).entity(issued).build();
    }

    @DELETE
    @Path("tokens/{id}")
    @Operation(summary = "Revoke one of the caller's tokens")
    public Response revoke(@PathParam("id") String id) {
        accounts.revokeToken(id);
        return Response.noContent().build();
    }

    private Me toMe(AccountView account) {
        return new Me(account.username(), account.displayName(), account.email(), account.roles(), scopeOf(account),
                account.preferredLanguage(), account.version());
    }

    private Scope scopeOf(AccountView account) {
        if (account.stateId() != null) {
            return registry.state(new StateId(account.stateId()))
                    .map(s -> new Scope("STATE", s.id().toString(), s.name().en()))
                    .orElse(new Scope("STATE", account.stateId().toString(), null));
        }
        if (account.organisationId() != null) {
            return registry.organisation(new OrganisationId(account.organisationId()))
                    .map(o -> new Scope("ORGANISATION", o.id().toString(), o.name().en()))
                    .orElse(new Scope("ORGANISATION", account.organisationId().toString(), null));
        }
        if (account.personId() != null) {
            // a fellow's own registry person: the name is the account's (the directory is not theirs to read)
            return new Scope("PERSON", account.personId().toString(), account.displayName());
        }
        boolean staff = account.roles().contains(Role.ADMIN) || account.roles().contains(Role.CENTRE_STAFF);
        return new Scope(staff ? "ALL" : "NETWORK", null, null);
    }
}
