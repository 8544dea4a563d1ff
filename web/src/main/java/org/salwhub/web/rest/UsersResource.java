package org.salwhub.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.salwhub.registry.api.kernel.Role;
import org.salwhub.web.rest.registry.DirectoryResources;
import org.salwhub.web.security.AccountView;
import org.salwhub.web.security.Accounts;
import org.salwhub.web.security.CreatedAccount;
import org.salwhub.web.security.NewAccount;
import org.salwhub.web.security.PasswordReset;

/** User accounts, for administrators (everyone else gets 403). */
@Path("admin/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    Accounts accounts;

    @GET
    @Operation(summary = "List user accounts (administrators only)")
    public List<AccountView> list(@QueryParam("q") String search, @QueryParam("first") @DefaultValue("0") int first,
                                  @QueryParam("size") @DefaultValue("50") int size) {
        return accounts.list(search, first, size);
    }

    /** An account to create; roles by name; {@code personId} for a FELLOW; no password: a one-time one. */
    public record AccountInput(String username, String displayName, String email, List<String> roles, String stateId,
                               String organisationId, String personId, String preferredLanguage, String password) {
    }

    /** The created account, with the one-time password when one was generated (shown this once). */
    public record CreatedJson(AccountView account, String oneTimePassword) {
    }

    @jakarta.ws.rs.POST
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account (administrators only): a focal point needs a member State, a donor an"
            + " organisation, a fellow the registry person they are (personId); without a password, a one-time"
            + " password is returned this once")
    public jakarta.ws.rs.core.Response create(AccountInput input) {
        if (input == null) {
            throw new org.salwhub.registry.api.kernel.ValidationException("username", "required");
        }
        java.util.Set<Role> roles = input.roles() == null ? java.util.Set.of() : input.roles().stream()
                .map(r -> DirectoryResources.parse(Role.class, r, "roles"))
                .collect(java.util.stream.Collectors.toSet());
        CreatedAccount created = accounts.create(new NewAccount(input.username(), input.displayName(), input.email(),
                roles, DirectoryResources.uuid(input.stateId(), "stateId"),
                DirectoryResources.uuid(input.organisationId(), "organisationId"),
                DirectoryResources.uuid(input.personId(), "personId"), input.preferredLanguage(), input.password()));
        return jakarta.ws.rs.core.Response.status(201)
                .entity(new CreatedJson(created.account(), created.oneTimePassword())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One user account (administrators only)")
    public AccountView find(@PathParam("id") String id) {
        return accounts.find(id);
    }

    @jakarta.ws.rs.POST
    @Path("{id}/password-reset")
    @Operation(summary = "Replace the account's password by a one-time password, returned this once, that its owner"
            + " must change at the next sign-in; every API token of the account is revoked with it (revokedTokens"
            + " says how many). Administrators only")
    public PasswordReset resetPassword(@PathParam("id") String id) {
        return accounts.resetPassword(id);
    }

    /** The version of the account as the administrator read it: a change made since is refused (409), not lost. */
    public record VersionInput(Long version) {
    }

    private static long version(VersionInput input) {
        if (input == null || input.version() == null) {
            throw new org.salwhub.registry.api.kernel.ValidationException("version", "required");
        }
        return input.version();
    }

    @jakarta.ws.rs.POST
    @Path("{id}/disable")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Disable an account, e.g. when someone leaves (administrators only): it can no longer sign in,"
            + " its API tokens stop working, and it receives no notifications and no review assignments; body"
            + " {\"version\": n} as read. An administrator cannot disable their own account")
    public AccountView disable(@PathParam("id") String id, VersionInput input) {
        return accounts.disable(id, version(input));
    }

    @jakarta.ws.rs.POST
    @Path("{id}/enable")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enable a disabled account again (administrators only); body {\"version\": n} as read")
    public AccountView enable(@PathParam("id") String id, VersionInput input) {
        return accounts.enable(id, version(input));
    }

    @jakarta.ws.rs.POST
    @Path("{id}/unlock")
    @Operation(summary = "Lift a lockout after repeated wrong passwords (administrators only)")
    public AccountView unlock(@PathParam("id") String id) {
        return accounts.unlock(id);
    }
}
