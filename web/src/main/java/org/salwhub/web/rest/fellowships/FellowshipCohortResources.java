package org.salwhub.web.rest.fellowships;

import static org.salwhub.web.rest.fellowships.FellowshipJson.callId;
import static org.salwhub.web.rest.fellowships.FellowshipJson.download;
import static org.salwhub.web.rest.fellowships.FellowshipJson.nominationId;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.salwhub.fellowship.api.FellowshipCallReport;
import org.salwhub.fellowship.api.FellowshipFacade;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.web.export.FellowshipPdfs;
import org.salwhub.web.i18n.Languages;
import org.salwhub.web.rest.RequestLanguage;
import org.salwhub.web.rest.fellowships.FellowshipJson.AttendanceInput;
import org.salwhub.web.rest.fellowships.FellowshipJson.CallJson;
import org.salwhub.web.rest.fellowships.FellowshipJson.CohortJson;
import org.salwhub.web.rest.fellowships.FellowshipJson.CompletionInput;
import org.salwhub.web.rest.fellowships.FellowshipJson.FellowJson;
import org.salwhub.web.rest.fellowships.FellowshipJson.FollowUpInput;
import org.salwhub.web.rest.fellowships.FellowshipJson.FollowUpJson;
import org.salwhub.web.rest.fellowships.FellowshipJson.LedgerInput;
import org.salwhub.web.rest.fellowships.FellowshipJson.LedgerJson;
import org.salwhub.web.rest.fellowships.FellowshipJson.NominationJson;
import org.salwhub.web.rest.fellowships.FellowshipJson.ReportJson;
import org.salwhub.web.rest.fellowships.FellowshipJson.SessionInput;
import org.salwhub.web.rest.fellowships.FellowshipJson.SessionJson;
import org.salwhub.web.rest.fellowships.FellowshipJson.SpendingJson;
import org.salwhub.web.rest.registry.DirectoryResources;

/**
 * A call's cohort over HTTP: sessions and attendance, the online phase, certificates and visa letters, each fellow's
 * ledger, the alumni follow-ups, and the call's report.
 */
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Path("fellowship-calls")
public class FellowshipCohortResources {

    @Inject
    FellowshipFacade fellowships;

    @Inject
    RegistryFacade registry;

    @jakarta.ws.rs.core.Context
    HttpHeaders headers;

    // ------------------------------------------------------------------ cohort

    @GET
    @Path("{id}/cohort")
    public CohortJson cohort(@PathParam("id") String id) {
        var cohort = fellowships.cohort(callId(id));
        return new CohortJson(CallJson.of(cohort.call()), cohort.sessions().stream().map(SessionJson::of).toList(),
                cohort.fellows().stream().map(FellowJson::of).toList());
    }

    @POST
    @Path("{id}/cohort/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addSession(@PathParam("id") String id, SessionInput input) {
        if (input == null) {
            throw new ValidationException("title", "required");
        }
        return Response.status(201).entity(SessionJson.of(fellowships.addSession(callId(id), input.title(),
                input.heldOn()))).build();
    }

    @PUT
    @Path("{id}/cohort/sessions/{sid}/attendance/{nid}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response attendance(@PathParam("id") String id, @PathParam("sid") String sid,
                               @PathParam("nid") String nid, AttendanceInput input) {
        fellowships.recordAttendance(DirectoryResources.uuid(sid, "session"), nominationId(nid),
                input != null && Boolean.TRUE.equals(input.present()));
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/nominations/{nid}/online-completion")
    @Consumes(MediaType.APPLICATION_JSON)
    public NominationJson online(@PathParam("id") String id, @PathParam("nid") String nid, CompletionInput input) {
        if (input == null || input.version() == null) {
            throw new ValidationException("version", "required");
        }
        return NominationJson.of(fellowships.recordOnlineCompletion(nominationId(nid),
                Boolean.TRUE.equals(input.completed()), input.version()));
    }

    @GET
    @Path("{id}/nominations/{nid}/certificate")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The certificate of a fellow who completed under the call's rule (PDF)")
    public Response certificate(@PathParam("id") String id, @PathParam("nid") String nid,
                                @QueryParam("lang") String lang) {
        var letter = fellowships.certificate(nominationId(nid));
        var state = registry.state(new StateId(letter.fellow().stateId())).orElse(null);
        return download(FellowshipPdfs.certificate(letter, state, locale(lang)), "application/pdf",
                "certificate.pdf");
    }

    @GET
    @Path("{id}/nominations/{nid}/visa-letter")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The visa invitation letter of a selected fellow (PDF)")
    public Response visaLetter(@PathParam("id") String id, @PathParam("nid") String nid,
                               @QueryParam("lang") String lang) {
        var letter = fellowships.visaInvitation(nominationId(nid));
        var state = registry.state(new StateId(letter.fellow().stateId())).orElse(null);
        return download(FellowshipPdfs.visaInvitation(letter, state, locale(lang)), "application/pdf",
                "visa-invitation.pdf");
    }

    // ------------------------------------------------------------------ ledger and alumni

    @GET
    @Path("{id}/nominations/{nid}/ledger")
    public List<LedgerJson> ledger(@PathParam("id") String id, @PathParam("nid") String nid) {
        return fellowships.ledger(nominationId(nid)).stream().map(LedgerJson::of).toList();
    }

    @POST
    @Path("{id}/nominations/{nid}/ledger")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a stipend or travel entry: kind, amount, currency, status, donor (staff)")
    public Response addLedger(@PathParam("id") String id, @PathParam("nid") String nid, LedgerInput input) {
        if (input == null) {
            throw new ValidationException("kind", "required");
        }
        return Response.status(201).entity(LedgerJson.of(fellowships.addLedgerEntry(nominationId(nid),
                input.entry()))).build();
    }

    @PUT
    @Path("{id}/nominations/{nid}/ledger/{lid}")
    @Consumes(MediaType.APPLICATION_JSON)
    public LedgerJson updateLedger(@PathParam("id") String id, @PathParam("nid") String nid,
                                   @PathParam("lid") String lid, LedgerInput input) {
        if (input == null || input.version() == null) {
            throw new ValidationException("version", "required");
        }
        return LedgerJson.of(fellowships.updateLedgerEntry(DirectoryResources.uuid(lid, "id"), input.entry(),
                input.version()));
    }

    @GET
    @Path("{id}/follow-ups")
    public List<FollowUpJson> followUps(@PathParam("id") String id) {
        return fellowships.followUps(callId(id)).stream().map(FollowUpJson::of).toList();
    }

    @PUT
    @Path("{id}/follow-ups/{fid}")
    @Consumes(MediaType.APPLICATION_JSON)
    public FollowUpJson recordFollowUp(@PathParam("id") String id, @PathParam("fid") String fid,
                                       FollowUpInput input) {
        if (input == null || input.version() == null) {
            throw new ValidationException("version", "required");
        }
        return FollowUpJson.of(fellowships.recordFollowUp(DirectoryResources.uuid(fid, "id"), input.entry(),
                input.version()));
    }

    @GET
    @Path("{id}/report")
    @Operation(summary = "Applications by State, subregion and sex; selection and completion rates; spending by donor")
    public ReportJson report(@PathParam("id") String id) {
        FellowshipCallReport r = fellowships.report(callId(id));
        return new ReportJson(CallJson.of(r.call()), r.applications(), r.byState(), r.bySubregion(), r.bySex(),
                r.selected(), r.fellows(), r.completed(), r.selectionRatePercent(), r.completionRatePercent(),
                r.spending().stream().map(SpendingJson::of).toList());
    }


    private Locale locale(String lang) {
        if (lang != null && Languages.isSupported(lang)) {
            return Languages.locale(lang);
        }
        return RequestLanguage.of(headers);
    }
}
