package org.salwhub.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.web.security.Accounts;

/**
 * Lets a script sign in with a username and password and get an API token (subject to the same lockout); an account
 * that still has a one-time password gets none (403, see {@link Accounts#issueToken}).
 */
@Path("auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    Accounts accounts;

    public record Credentials(String username, String password, String tokenName) {
    }

    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(summary = "Exchange a username and password for a new API token",
            description = "401 for a wrong password or a locked or disabled account; 403 while the account still has"
                    + " a one-time password, which its owner must first change in the web application")
    public Response token(Credentials credentials) {
        if (credentials == null || credentials.username() == null || credentials.password() == null) {
            throw new ValidationException(java.util.List.of(
                    org.salwhub.registry.api.kernel.FieldError.of("username", "required"),
                    org.salwhub.registry.api.kernel.FieldError.of("password", "required")));
        }
        String name = credentials.tokenName() == null || credentials.tokenName().isBlank()
                ? "API sign-in" : credentials.tokenName();
        return accounts.issueToken(credentials.username(), credentials.password(), name)
                .map(issued -> Response.status(Response.Status.CREATED).entity(issued).build())
                .orElseGet(() -> Response.status(Response.Status.UNAUTHORIZED).type(Problem.MEDIA_TYPE)
                        .header("WWW-Authenticate", "Bearer realm=\"salwhub\"")
                        .entity(Problem.of(401, "Unauthorized",
                                "Invalid username or password, or the account is locked or disabled."))
                        .build());
    }
}
