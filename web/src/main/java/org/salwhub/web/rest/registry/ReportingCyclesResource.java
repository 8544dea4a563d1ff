package org.salwhub.web.rest.registry;

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
import org.salwhub.registry.api.reporting.NationalReportsFacade;
import org.salwhub.registry.api.reporting.ReportInstrument;
import org.salwhub.registry.api.reporting.ReportingCycleView;
import org.salwhub.web.rest.registry.ReportingJson.CycleJson;
import org.salwhub.web.rest.registry.ReportingJson.RatesJson;
import org.salwhub.web.rest.registry.ReportingJson.StateRowJson;

/** The reporting cycles of the Programme of Action and the reporting rate of the member States in each. */
@Path("reporting-cycles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportingCyclesResource {

    @Inject
    NationalReportsFacade reports;

    @GET
    @Operation(summary = "Every reporting cycle, the latest deadline first; the current one is marked")
    public List<CycleJson> cycles() {
        ReportingCycleView current = reports.currentCycle().orElse(null);
        return reports.cycles().stream().map(c -> CycleJson.of(c, current)).toList();
    }

    @GET
    @Path("{cycle}")
    @Operation(summary = "A cycle by code (2026), ID, or 'current': the earliest deadline at most a year past")
    public CycleJson cycle(@PathParam("cycle") String ref) {
        return CycleJson.of(ReportingJson.cycle(reports, ref), reports.currentCycle().orElse(null));
    }

    @GET
    @Path("{cycle}/rates")
    @Operation(summary = "Share of the member States that submitted a report on the instrument (POA or ITI), by subregion")
    public RatesJson rates(@PathParam("cycle") String ref, @QueryParam("instrument") @DefaultValue("POA") String instrument) {
        ReportingCycleView cycle = ReportingJson.cycle(reports, ref);
        ReportInstrument which = ReportingJson.instrument(instrument, "instrument");
        return RatesJson.of(cycle.code(), which, reports.reportingRate(cycle.id(), which));
    }

    @GET
    @Path("{cycle}/not-reported")
    @Operation(summary = "Member States without a submitted report on the instrument in the cycle (staff)")
    public List<StateRowJson> notReported(@PathParam("cycle") String ref,
                                          @QueryParam("instrument") @DefaultValue("POA") String instrument) {
        ReportingCycleView cycle = ReportingJson.cycle(reports, ref);
        return reports.notReported(cycle.id(), ReportingJson.instrument(instrument, "instrument")).stream()
                .map(s -> StateRowJson.of(s, reports.groupOf(s))).toList();
    }
}
