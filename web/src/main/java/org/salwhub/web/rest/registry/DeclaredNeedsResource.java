package org.salwhub.web.rest.registry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.salwhub.registry.api.reporting.NationalReportsFacade;
import org.salwhub.web.rest.registry.ReportingJson.NeedJson;

/** Declared needs across reports, as the assistance module and donors look at them. */
@Path("declared-needs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeclaredNeedsResource {

    @Inject
    NationalReportsFacade reports;

    @GET
    @Operation(summary = "Needs of submitted reports not yet turned into a draft assistance need")
    public List<NeedJson> open() {
        return reports.openDeclaredNeeds().stream().map(NeedJson::of).toList();
    }
}
