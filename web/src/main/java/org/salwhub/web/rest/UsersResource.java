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
import org.salwhub.web.security.AccountView;
import org.salwhub.web.security.Accounts;

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

    @GET
    @Path("{id}")
    @Operation(summary = "One user account (administrators only)")
    public AccountView find(@PathParam("id") String id) {
        return accounts.find(id);
    }

    @jakarta.ws.rs.POST
    @Path("{id}/unlock")
    @Operation(summary = "Lift a lockout after repeated wrong passwords (administrators only)")
    public AccountView unlock(@PathParam("id") String id) {
        return accounts.unlock(id);
    }
}
