package org.salwhub.web.rest.registry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.reporting.NationalReportView;
import org.salwhub.registry.api.reporting.NationalReportsFacade;
import org.salwhub.registry.api.reporting.ReportEntry;
import org.salwhub.registry.api.reporting.ReportInstrument;
import org.salwhub.registry.api.reporting.ReportingCycleView;
import org.salwhub.web.rest.registry.ReportingJson.ReportInput;
import org.salwhub.web.rest.registry.ReportingJson.ReportJson;

/** A State's national reports, one per cycle and instrument. */
@Path("states/{state}/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StateReportsResource {

    @Inject
    RegistryFacade registry;

    @Inject
    NationalReportsFacade reports;

    @GET
    @Operation(summary = "A State's reports (by ISO code or ID), the latest cycle first; ?cycle=2026 for one cycle")
    public List<ReportJson> reports(@PathParam("state") String stateRef, @QueryParam("cycle") String cycleRef) {
        StateView state = ReportingJson.state(registry, stateRef);
        String code = cycleRef == null || cycleRef.isBlank() ? null : ReportingJson.cycle(reports, cycleRef).code();
        return reports.reportsOf(state.id()).stream().filter(r -> code == null || code.equals(r.cycleCode()))
                .map(ReportJson::of).toList();
    }

    @GET
    @Path("{cycle}/{instrument}")
    @Operation(summary = "The State's report on an instrument (POA or ITI) in a cycle (code, ID or 'current')")
    public ReportJson report(@PathParam("state") String stateRef, @PathParam("cycle") String cycleRef,
                             @PathParam("instrument") String instrumentName) {
        StateView state = ReportingJson.state(registry, stateRef);
        ReportingCycleView cycle = ReportingJson.cycle(reports, cycleRef);
        ReportInstrument instrument = ReportingJson.instrument(instrumentName, "instrument");
        return find(state, cycle, instrument).map(ReportJson::of).orElseThrow(() -> new NotFoundException(
                "NationalReport", state.iso2() + "/" + cycle.code() + "/" + instrument));
    }

    @PUT
    @Path("{cycle}/{instrument}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record or update the report (the State's focal point or staff); 201 when new,"
            + " 409 when the version is stale or missing for an existing report")
    public Response save(@PathParam("state") String stateRef, @PathParam("cycle") String cycleRef,
                         @PathParam("instrument") String instrumentName, ReportInput input) {
        if (input == null || input.submitted() == null) {
            throw new ValidationException("submitted", "required");
        }
        StateView state = ReportingJson.state(registry, stateRef);
        ReportingCycleView cycle = ReportingJson.cycle(reports, cycleRef);
        ReportInstrument instrument = ReportingJson.instrument(instrumentName, "instrument");
        boolean existed = find(state, cycle, instrument).isPresent();
        NationalReportView saved = reports.saveReport(state.id(), cycle.id(), instrument,
                new ReportEntry(input.submitted(), input.submittedOn(), input.link(), input.documentReference()),
                input.version());
        return Response.status(existed ? Response.Status.OK : Response.Status.CREATED).entity(ReportJson.of(saved))
                .build();
    }

    private java.util.Optional<NationalReportView> find(StateView state, ReportingCycleView cycle,
                                                        ReportInstrument instrument) {
        return reports.reportsOf(state.id()).stream()
                .filter(r -> r.cycleId().equals(cycle.id()) && r.instrument() == instrument).findFirst();
    }
}
