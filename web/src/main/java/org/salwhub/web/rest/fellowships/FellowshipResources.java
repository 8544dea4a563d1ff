package org.salwhub.web.rest.fellowships;

import static org.salwhub.web.rest.fellowships.FellowshipJson.callId;
import static org.salwhub.web.rest.fellowships.FellowshipJson.download;
import static org.salwhub.web.rest.fellowships.FellowshipJson.nominationId;
import static org.salwhub.web.rest.fellowships.FellowshipJson.stateRef;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.salwhub.fellowship.api.CallStatus;
import org.salwhub.fellowship.api.CallView;
import org.salwhub.fellowship.api.FellowshipFacade;
import org.salwhub.fellowship.api.NominationFile;
import org.salwhub.fellowship.api.NominationRequest;
import org.salwhub.fellowship.api.NominationView;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.directory.PersonDetails;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.directory.Sex;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.web.rest.fellowships.FellowshipJson.ApplicationInput;
import org.salwhub.web.rest.fellowships.FellowshipJson.CallInput;
import org.salwhub.web.rest.fellowships.FellowshipJson.CallJson;
import org.salwhub.web.rest.fellowships.FellowshipJson.EligibilityInput;
import org.salwhub.web.rest.fellowships.FellowshipJson.FellowNominationJson;
import org.salwhub.web.rest.fellowships.FellowshipJson.NominationInput;
import org.salwhub.web.rest.fellowships.FellowshipJson.NominationJson;
import org.salwhub.web.rest.fellowships.FellowshipJson.NomineeAccountInput;
import org.salwhub.web.rest.fellowships.FellowshipJson.NomineeAccountJson;
import org.salwhub.web.rest.fellowships.FellowshipJson.PersonInput;
import org.salwhub.web.rest.fellowships.FellowshipJson.Quota;
import org.salwhub.web.rest.fellowships.FellowshipJson.StatusInput;
import org.salwhub.web.rest.fellowships.FellowshipJson.VersionInput;
import org.salwhub.web.rest.registry.DirectoryResources;
import org.salwhub.web.security.Accounts;
import org.salwhub.web.security.CreatedAccount;

/**
 * The fellowship programme over HTTP: calls and nominations with their application and note verbale. The review and
 * the selection are {@link FellowshipReviewResources}'s, the cohort, ledgers, follow-ups and reports
 * {@link FellowshipCohortResources}'s, at the same paths. The rules are the boundary's, the same as on the screens.
 */
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Path("fellowship-calls")
public class FellowshipResources {

    @Inject
    FellowshipFacade fellowships;

    @Inject
    RegistryFacade registry;

    @Inject
    Accounts accounts;

    // ------------------------------------------------------------------ calls

    @GET
    @Operation(summary = "Fellowship calls the caller may see (drafts: staff only)")
    public List<CallJson> calls() {
        return fellowships.calls().stream().map(CallJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a call as a draft (staff)")
    public Response create(CallInput input) {
        if (input == null || input.details() == null) {
            throw new ValidationException("details", "required");
        }
        CallView call = fellowships.createCall(input.details());
        return Response.status(201).entity(CallJson.of(call)).build();
    }

    @GET
    @Path("mine")
    @Operation(summary = "A fellow's own nominations: every call they were nominated to, with its status, what they"
            + " may do now (complete the application, answer the offer, download the visa letter or certificate)"
            + " and their ledger (fellows only)")
    public List<FellowNominationJson> mine() {
        return fellowships.myNominations().stream().map(FellowNominationJson::of).toList();
    }

    @GET
    @Path("{id}")
    public CallJson call(@PathParam("id") String id) {
        return fellowships.call(callId(id)).map(CallJson::of).orElseThrow(() -> new NotFoundException("FellowshipCall", id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a call (staff); 409 when the version is stale")
    public CallJson update(@PathParam("id") String id, CallInput input) {
        if (input == null || input.details() == null || input.version() == null) {
            throw new ValidationException("version", "required");
        }
        return CallJson.of(fellowships.updateCall(callId(id), input.details(), input.version()));
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a call to its next status (staff): DRAFT, OPEN, CLOSED, IN_REVIEW, SELECTION,"
            + " COHORT_RUNNING, COMPLETED")
    public CallJson move(@PathParam("id") String id, StatusInput input) {
        if (input == null || input.status() == null || input.version() == null) {
            throw new ValidationException("status", "required");
        }
        return CallJson.of(fellowships.moveCall(callId(id), DirectoryResources.parse(CallStatus.class, input.status(),
                "status"), input.version()));
    }

    // ------------------------------------------------------------------ nominations

    @GET
    @Path("{id}/nominations")
    @Operation(summary = "Nominations of a call: all for staff, their own State's for a focal point")
    public List<NominationJson> nominations(@PathParam("id") String id) {
        return fellowships.nominations(callId(id)).stream().map(NominationJson::of).toList();
    }

    @GET
    @Path("{id}/quota")
    @Operation(summary = "How many more nominations a State may make (its focal point or staff)")
    public Quota quota(@PathParam("id") String id, @QueryParam("state") String state) {
        UUID stateId = stateRef(registry, state);
        return new Quota(stateId.toString(), fellowships.quotaLeft(callId(id), stateId));
    }

    @POST
    @Path("{id}/nominations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Nominate a registry person, or a new one, with the application and the note verbale"
            + " (PDF, JPEG or PNG in Base64, at most 5 MB): the State's focal point or staff, within quota and deadline")
    public Response nominate(@PathParam("id") String id, NominationInput input) {
        if (input == null) {
            throw new ValidationException("stateId", "required");
        }
        PersonInput p = input.person();
        PersonDetails newPerson = p == null ? null : new PersonDetails(null, null, null, p.honorific(), p.givenName(),
                p.familyName(), p.latinName(), input.application() == null ? Sex.UNDISCLOSED
                : input.application().sex(), null, p.email(), null, p.phone(), null, null, null);
        UUID personId = DirectoryResources.uuid(input.personId(), "personId");
        NominationView created = fellowships.nominate(callId(id), new NominationRequest(stateRef(registry, input.stateId()),
                personId == null ? null : new PersonId(personId), newPerson, input.application(),
                input.noteVerbale() == null ? null : input.noteVerbale().file()));
        return Response.status(201).entity(NominationJson.of(created)).build();
    }

    @GET
    @Path("{id}/nominations/{nid}")
    public NominationJson nomination(@PathParam("id") String id, @PathParam("nid") String nid) {
        return fellowships.nomination(nominationId(nid)).map(NominationJson::of)
                .orElseThrow(() -> new NotFoundException("Nomination", nid));
    }

    @PUT
    @Path("{id}/nominations/{nid}/application")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Complete or correct the application (the State's focal point or the nominee while the call is"
            + " open, or staff)")
    public NominationJson application(@PathParam("id") String id, @PathParam("nid") String nid,
                                      ApplicationInput input) {
        if (input == null || input.version() == null) {
            throw new ValidationException("version", "required");
        }
        return NominationJson.of(fellowships.updateApplication(nominationId(nid), input.application(), input.version()));
    }

    @POST
    @Path("{id}/nominations/{nid}/eligibility")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Override the eligibility screening with a reason (staff); eligible=null returns to it")
    public NominationJson eligibility(@PathParam("id") String id, @PathParam("nid") String nid,
                                      EligibilityInput input) {
        if (input == null || input.version() == null) {
            throw new ValidationException("version", "required");
        }
        return NominationJson.of(fellowships.overrideEligibility(nominationId(nid), input.eligible(), input.reason(),
                input.version()));
    }

    @POST
    @Path("{id}/nominations/{nid}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    public NominationJson withdraw(@PathParam("id") String id, @PathParam("nid") String nid, VersionInput input) {
        if (input == null || input.version() == null) {
            throw new ValidationException("version", "required");
        }
        return NominationJson.of(fellowships.withdraw(nominationId(nid), input.version()));
    }

    @POST
    @Path("{id}/nominations/{nid}/account")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give the nominee an account of their own (staff): a FELLOW account bound to the nominee's"
            + " registry person, named after their e-mail address unless a username is given, with a one-time"
            + " password shown only in this answer")
    public Response nomineeAccount(@PathParam("id") String id, @PathParam("nid") String nid,
                                   NomineeAccountInput input) {
        CreatedAccount created = accounts.createForNominee(nominationId(nid), input == null ? null : input.username());
        return Response.status(201).entity(NomineeAccountJson.of(created)).build();
    }

    @GET
    @Path("{id}/nominations/{nid}/note-verbale")
    @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
    @Operation(summary = "The note verbale (staff, the nominating State's focal point, or the nominee)")
    public Response noteVerbale(@PathParam("id") String id, @PathParam("nid") String nid) {
        NominationFile file = fellowships.noteVerbale(nominationId(nid));
        return download(file.content(), file.contentType(), file.fileName());
    }


    /**
     * The day a timer's job runs for: today by default, or an earlier day. A later day would lapse offers and send
     * reminders before their time, so it is accepted only where the server runs with
     * {@code -Dsalwhub.clock.future=true} (the integration tests).
     */
    public record LapseInput(LocalDate today) {

        static LocalDate day(LapseInput input, LocalDate now) {
            if (input == null || input.today() == null) {
                return now;
            }
            if (input.today().isAfter(now) && !Boolean.getBoolean("salwhub.clock.future")) {
                throw new ValidationException("today", "date.future");
            }
            return input.today();
        }
    }
}
