package org.salwhub.web.rest.registry;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.reporting.DeclaredNeedId;
import org.salwhub.registry.api.reporting.DeclaredNeedView;
import org.salwhub.registry.api.reporting.NationalReportId;
import org.salwhub.registry.api.reporting.NationalReportsFacade;
import org.salwhub.registry.api.reporting.NeedEntry;
import org.salwhub.web.rest.registry.ReportingJson.DraftNeedLink;
import org.salwhub.web.rest.registry.ReportingJson.NeedInput;
import org.salwhub.web.rest.registry.ReportingJson.NeedJson;
import org.salwhub.web.rest.registry.ReportingJson.ReportJson;

/** A national report by ID, and the assistance needs it declares. */
@Path("reports/{report}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    @Inject
    NationalReportsFacade reports;

    @GET
    @Operation(summary = "A national report")
    public ReportJson report(@PathParam("report") String id) {
        return reports.report(reportId(id)).map(ReportJson::of).orElseThrow(() -> new NotFoundException("NationalReport", id));
    }

    @GET
    @Path("needs")
    @Operation(summary = "The assistance needs the report declares, in the order they were added")
    public List<NeedJson> needs(@PathParam("report") String id) {
        return reports.declaredNeeds(reportId(id)).stream().map(NeedJson::of).toList();
    }

    @POST
    @Path("needs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a declared need (the State's focal point or staff)")
    public Response add(@PathParam("report") String id, NeedInput input) {
        if (input == null) {
            throw new ValidationException("title", "required");
        }
        DeclaredNeedView added = reports.addDeclaredNeed(reportId(id), entry(input));
        return Response.status(Response.Status.CREATED).entity(NeedJson.of(added)).build();
    }

    @PUT
    @Path("needs/{need}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a declared need; 409 when the version is stale")
    public NeedJson update(@PathParam("report") String id, @PathParam("need") String needId, NeedInput input) {
        if (input == null || input.version() == null) {
            throw new ValidationException("version", "required");
        }
        return NeedJson.of(reports.updateDeclaredNeed(need(id, needId), entry(input), input.version()));
    }

    @DELETE
    @Path("needs/{need}")
    @Operation(summary = "Remove a declared need that is not linked to a draft need yet (?version=n)")
    public Response remove(@PathParam("report") String id, @PathParam("need") String needId,
                           @QueryParam("version") Long version) {
        if (version == null) {
            throw new ValidationException("version", "required");
        }
        reports.removeDeclaredNeed(need(id, needId), version);
        return Response.noContent().build();
    }

    @POST
    @Path("needs/{need}/draft-need")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the assistance module's draft need made from this need (staff)")
    public NeedJson linkDraftNeed(@PathParam("report") String id, @PathParam("need") String needId,
                                  DraftNeedLink input) {
        DeclaredNeedId need = need(id, needId);
        return NeedJson.of(reports.linkDraftNeed(need, input == null ? null
                : DirectoryResources.uuid(input.draftNeedId(), "draftNeedId")));
    }

    private static NationalReportId reportId(String id) {
        return new NationalReportId(required(id, "report"));
    }

    /** The need, checked to belong to the report of the path. */
    private DeclaredNeedId need(String reportId, String needId) {
        DeclaredNeedId need = new DeclaredNeedId(required(needId, "need"));
        boolean ofReport = reports.declaredNeeds(reportId(reportId)).stream().anyMatch(n -> n.id().equals(need));
        if (!ofReport) {
            throw new NotFoundException("DeclaredNeed", needId);
        }
        return need;
    }

    private static java.util.UUID required(String value, String field) {
        java.util.UUID id = DirectoryResources.uuid(value, field);
        if (id == null) {
            throw new ValidationException(field, "required");
        }
        return id;
    }

    private static NeedEntry entry(NeedInput input) {
        return new NeedEntry(input.title(), input.description(), input.thematicArea());
    }
}
