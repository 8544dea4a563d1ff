package org.salwhub.web.rest.registry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.directory.StateVerification;
import org.salwhub.registry.api.directory.VerificationFacade;
import org.salwhub.registry.api.directory.VerificationRequestView;
import org.salwhub.registry.api.kernel.ValidationException;

/** Staff ask States to confirm their directory entries, and follow which requests are answered (staff only). */
@Path("verification-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VerificationRequestsResource {

    @Inject
    VerificationFacade verification;

    @Inject
    RegistryFacade registry;

    public record RequestInput(List<String> states, String note) {
    }

    public record StateDueJson(String iso2, String name, int due, int stale) {
        static StateDueJson of(StateVerification v) {
            return new StateDueJson(v.state().iso2(), v.state().name().en(), v.due(), v.stale());
        }
    }

    public record RequestJson(String id, String iso2, String state, Instant requestedAt, String requestedBy,
                              int entriesDue, int stillOpen, boolean answered, String note) {
        static RequestJson of(VerificationRequestView v) {
            return new RequestJson(v.id(), v.state().iso2(), v.state().name().en(), v.requestedAt(), v.requestedBy(),
                    v.entriesDue(), v.stillOpen(), v.answered(), v.note());
        }
    }

    @GET
    @Operation(summary = "Verification requests of the last twelve months, newest first, answered or not")
    public List<RequestJson> recent() {
        return verification.recentRequests().stream().map(RequestJson::of).toList();
    }

    @GET
    @Path("due")
    @Operation(summary = "States with current entries due or stale for verification")
    public List<StateDueJson> due() {
        return verification.statesToVerify().stream().map(StateDueJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask the States named (ISO alpha-2), or every State with entries due, to confirm them")
    public Response request(RequestInput input) {
        Set<StateId> states = new LinkedHashSet<>();
        if (input != null && input.states() != null) {
            for (String iso : input.states()) {
                StateView state = registry.stateByIsoCode(iso == null ? "" : iso.trim())
                        .orElseThrow(() -> new ValidationException("states", "unknownState", iso));
                states.add(state.id());
            }
        }
        List<RequestJson> sent = verification.request(states, input == null ? null : input.note()).stream()
                .map(RequestJson::of).toList();
        return Response.status(Response.Status.CREATED).entity(sent).build();
    }
}
