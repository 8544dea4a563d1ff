package org.salwhub.web.rest.assistance;

import static org.salwhub.web.rest.RequestBodies.required;
import static org.salwhub.web.rest.RequestBodies.version;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.salwhub.assistance.api.project.AssetInput;
import org.salwhub.assistance.api.project.AssetLogEntry;
import org.salwhub.assistance.api.project.AssetView;
import org.salwhub.assistance.api.project.IatiImportResult;
import org.salwhub.assistance.api.project.ProjectDashboard;
import org.salwhub.assistance.api.project.ProjectDeliverableInput;
import org.salwhub.assistance.api.project.ProjectDocumentFile;
import org.salwhub.assistance.api.project.ProjectDocumentKind;
import org.salwhub.assistance.api.project.ProjectDocumentUpload;
import org.salwhub.assistance.api.project.ProjectFacade;
import org.salwhub.assistance.api.project.ProjectId;
import org.salwhub.assistance.api.project.ProjectIndicatorInput;
import org.salwhub.assistance.api.project.ProjectMilestoneInput;
import org.salwhub.assistance.api.project.ProjectMilestoneKind;
import org.salwhub.assistance.api.project.ProjectOverdueItem;
import org.salwhub.assistance.api.project.ProjectQuery;
import org.salwhub.assistance.api.project.ProjectStatus;
import org.salwhub.assistance.api.project.ProjectSummary;
import org.salwhub.assistance.api.project.ProjectTransactionInput;
import org.salwhub.assistance.api.project.ProjectTransactionType;
import org.salwhub.assistance.api.project.ProjectView;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.web.export.ProjectExports;
import org.salwhub.web.export.ProjectTables;
import org.salwhub.web.export.Table;
import org.salwhub.web.export.TableExport;
import org.salwhub.web.i18n.AssistanceTexts;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.rest.RegistryRefs;
import org.salwhub.web.rest.RequestLanguage;
import org.salwhub.web.rest.assistance.AssistanceJson.PageJson;
import org.salwhub.web.rest.assistance.ProjectJson.AssetIn;
import org.salwhub.web.rest.assistance.ProjectJson.BudgetIn;
import org.salwhub.web.rest.assistance.ProjectJson.BudgetsIn;
import org.salwhub.web.rest.assistance.ProjectJson.DeliverableIn;
import org.salwhub.web.rest.assistance.ProjectJson.ImportResultJson;
import org.salwhub.web.rest.assistance.ProjectJson.ImportRowJson;
import org.salwhub.web.rest.assistance.ProjectJson.IndicatorIn;
import org.salwhub.web.rest.assistance.ProjectJson.LessonsIn;
import org.salwhub.web.rest.assistance.ProjectJson.LogIn;
import org.salwhub.web.rest.assistance.ProjectJson.MilestoneIn;
import org.salwhub.web.rest.assistance.ProjectJson.ProjectIn;
import org.salwhub.web.rest.assistance.ProjectJson.ProjectOut;
import org.salwhub.web.rest.assistance.ProjectJson.StatusIn;
import org.salwhub.web.rest.assistance.ProjectJson.SummaryJson;
import org.salwhub.web.rest.assistance.ProjectJson.TransactionIn;
import org.salwhub.web.rest.assistance.ProjectJson.WarningJson;
import org.salwhub.web.rest.registry.DirectoryResources;
import org.salwhub.web.security.Accounts;

/**
 * Projects over HTTP: the record, money, deliverables, indicators, milestones and reports, documents, assets, the
 * duplicate-funding report, the dashboard, CSV/XLSX lists and IATI 2.03 export and import. The projects boundary
 * applies the same access rules as the screens.
 */
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Path("projects")
public class ProjectResources {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ProjectFacade projects;

    @Inject
    RegistryFacade registry;

    @Inject
    AssistanceTexts texts;

    @Inject
    Accounts accounts;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Projects the caller may see, filtered and paged, with money in USD and delivery rate")
    public PageJson<SummaryJson> list(@QueryParam("q") String text, @QueryParam("state") String state,
                                      @QueryParam("donor") String donor, @QueryParam("theme") String theme,
                                      @QueryParam("status") String status, @QueryParam("year") Integer year,
                                      @QueryParam("sort") String sort, @QueryParam("asc") boolean asc,
                                      @QueryParam("first") @DefaultValue("0") int first,
                                      @QueryParam("max") @DefaultValue("50") int max) {
        var page = projects.projects(query(text, state, donor, theme, status, year, sort, asc, first, max));
        return new PageJson<>(page.items().stream().map(SummaryJson::of).toList(), page.total());
    }

    @GET
    @Path("export")
    @Produces({"text/csv", XLSX})
    @Operation(summary = "The filtered project list as CSV (format=csv) or XLSX (format=xlsx), in the caller's language")
    public Response export(@QueryParam("format") @DefaultValue("csv") String format, @QueryParam("q") String text,
                           @QueryParam("state") String state, @QueryParam("donor") String donor,
                           @QueryParam("theme") String theme, @QueryParam("status") String status,
                           @QueryParam("year") Integer year) {
        Locale locale = locale();
        List<ProjectSummary> items = projects.projects(query(text, state, donor, theme, status, year, null, false, 0,
                1000)).items();
        List<String> head = ProjectExports.headers(locale);
        List<List<Object>> rows = ProjectExports.rows(items, registry, texts, locale);
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        StreamingOutput body = out -> {
            if (xlsx) {
                TableExport.xlsx(Messages.text(locale, "project.list.title"), head, rows, locale, out);
            } else {
                TableExport.csv(head, rows, out);
            }
        };
        return Response.ok(body, xlsx ? XLSX : "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"projects." + (xlsx ? "xlsx" : "csv") + "\"")
                .build();
    }

    @GET
    @Path("{id}/export")
    @Produces({"text/csv", XLSX})
    @Operation(summary = "One list of a project (part=budgets, transactions, deliverables, indicators, milestones,"
            + " assets, documents or lessons) as CSV (format=csv) or XLSX (format=xlsx), in the caller's language;"
            + " only to those who may read the project")
    public Response exportPart(@PathParam("id") String id, @QueryParam("part") String part,
                               @QueryParam("format") @DefaultValue("csv") String format) {
        ProjectTables.Part which = ProjectTables.Part.of(part);
        boolean xlsx = xlsx(format);
        return table(tables().part(projects.project(projectId(id)), which), xlsx);
    }

    @GET
    @Path("dashboard/export")
    @Produces({"text/csv", XLSX})
    @Operation(summary = "One list of the projects dashboard (table=states, donors, themes, years, projects,"
            + " overdue, assets or duplicates; duplicates for staff) as CSV or XLSX, in the caller's language; US"
            + " dollar sums name the currencies they leave out for lack of an exchange rate")
    public Response exportDashboard(@QueryParam("table") String table,
                                    @QueryParam("format") @DefaultValue("csv") String format) {
        ProjectTables.DashboardTable which = ProjectTables.DashboardTable.of(table);
        boolean xlsx = xlsx(format);
        List<AssetView> stale = which == ProjectTables.DashboardTable.ASSETS ? projects.assets(Optional.empty(), true)
                : List.of();
        List<org.salwhub.assistance.api.project.ProjectWarning> duplicates =
                which == ProjectTables.DashboardTable.DUPLICATES ? projects.duplicateFundingReport() : List.of();
        return table(tables().dashboard(projects.dashboard(), which, stale, duplicates), xlsx);
    }

    private ProjectTables tables() {
        return new ProjectTables(registry, texts, locale(), java.time.ZoneId.systemDefault());
    }

    private static boolean xlsx(String format) {
        if ("xlsx".equalsIgnoreCase(format)) {
            return true;
        }
        if ("csv".equalsIgnoreCase(format)) {
            return false;
        }
        throw new ValidationException("format", "export.format");
    }

    private Response table(Table table, boolean xlsx) {
        Locale locale = locale();
        StreamingOutput body = out -> {
            if (xlsx) {
                table.xlsx(locale, out);
            } else {
                table.csv(out);
            }
        };
        return Response.ok(body, xlsx ? XLSX : "text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"" + Table.fileName(table.name()) + (xlsx ? ".xlsx" : ".csv") + "\"").build();
    }

    private ProjectQuery query(String text, String state, String donor, String theme, String status, Integer year,
                               String sort, boolean asc, int first, int max) {
        return new ProjectQuery(text, state == null || state.isBlank() ? null : stateId(state),
                donor == null || donor.isBlank() ? null : organisationId(donor), theme,
                status == null || status.isBlank() ? null
                        : DirectoryResources.parse(ProjectStatus.class, status, "status"),
                year, sort, asc, first, max);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates a project (staff); warnings name possible duplicate funding")
    public Response create(ProjectIn in) {
        ProjectIn body = required(in);
        ProjectView created = projects.createProject(body.draft(this::stateId, this::organisationId));
        return Response.status(201).entity(ProjectOut.of(created, words())).build();
    }

    @GET
    @Path("{id}")
    public ProjectOut project(@PathParam("id") String id) {
        return out(projects.project(projectId(id)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProjectOut update(@PathParam("id") String id, ProjectIn in) {
        ProjectIn body = required(in);
        return out(projects.updateProject(projectId(id), body.draft(this::stateId, this::organisationId),
                version(body.version())));
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Moves the IATI activity status (staff); each status requires its fields")
    public ProjectOut status(@PathParam("id") String id, StatusIn in) {
        StatusIn body = required(in);
        if (body.status() == null) {
            throw new ValidationException("status", "required");
        }
        return out(projects.changeStatus(projectId(id),
                DirectoryResources.parse(ProjectStatus.class, body.status(), "status"), version(body.version())));
    }

    @PUT
    @Path("{id}/budgets")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProjectOut budgets(@PathParam("id") String id, BudgetsIn in) {
        BudgetsIn body = required(in);
        return out(projects.replaceBudgets(projectId(id), body.budgets() == null ? List.of()
                : body.budgets().stream().map(BudgetIn::line).toList(), version(body.version())));
    }

    @POST
    @Path("{id}/transactions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Records a pledge, commitment, disbursement or expenditure (staff or a funding donor)")
    public Response transaction(@PathParam("id") String id, TransactionIn in) {
        TransactionIn t = required(in);
        ProjectView view = projects.addTransaction(projectId(id), new ProjectTransactionInput(
                t.type() == null ? null : DirectoryResources.parse(ProjectTransactionType.class, t.type(), "type"),
                t.date(), t.amount(), t.currency(), t.provider() == null ? null : organisationId(t.provider()),
                t.providerName(), t.receiver() == null ? null : organisationId(t.receiver()), t.receiverName(),
                t.description()));
        return Response.status(201).entity(ProjectOut.of(view, words())).build();
    }

    @DELETE
    @Path("{id}/transactions/{transaction}")
    public ProjectOut removeTransaction(@PathParam("id") String id, @PathParam("transaction") String transaction) {
        return out(projects.removeTransaction(projectId(id), DirectoryResources.uuid(transaction, "transaction")));
    }

    @POST
    @Path("{id}/deliverables")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds (no id) or updates a deliverable line (staff or the recipient State's focal point)")
    public ProjectOut deliverable(@PathParam("id") String id, DeliverableIn in) {
        DeliverableIn d = required(in);
        return out(projects.saveDeliverable(projectId(id), new ProjectDeliverableInput(
                DirectoryResources.uuid(d.id(), "id"), d.itemCode(), d.description(), ProjectJson.zero(d.planned()),
                ProjectJson.zero(d.delivered()), ProjectJson.zero(d.installed()), ProjectJson.zero(d.operational()),
                ProjectJson.zero(d.traineesFemale()), ProjectJson.zero(d.traineesMale()),
                d.version() == null ? 0 : d.version())));
    }

    @POST
    @Path("{id}/indicators")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProjectOut indicator(@PathParam("id") String id, IndicatorIn in) {
        IndicatorIn i = required(in);
        return out(projects.saveIndicator(projectId(id), new ProjectIndicatorInput(
                DirectoryResources.uuid(i.id(), "id"), i.title(), Boolean.TRUE.equals(i.percentage()), i.unit(),
                i.baselineYear(), i.baseline(), i.periods(), i.version() == null ? 0 : i.version())));
    }

    @POST
    @Path("{id}/milestones")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds or updates a milestone (staff) or a report (staff or a funding donor)")
    public ProjectOut milestone(@PathParam("id") String id, MilestoneIn in) {
        MilestoneIn m = required(in);
        return out(projects.saveMilestone(projectId(id), new ProjectMilestoneInput(
                DirectoryResources.uuid(m.id(), "id"), m.kind() == null ? null
                : DirectoryResources.parse(ProjectMilestoneKind.class, m.kind(), "kind"), m.title(), m.dueOn(),
                m.doneOn(), m.note(), m.version() == null ? 0 : m.version())));
    }

    @PUT
    @Path("{id}/lessons")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProjectOut lessons(@PathParam("id") String id, LessonsIn in) {
        LessonsIn body = required(in);
        return out(projects.saveLessons(projectId(id), body.lessonsLearned(), version(body.version())));
    }

    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attaches a document (PDF, PNG, JPEG, XLSX, DOCX; at most 10 MB): the body is the file")
    public Response document(@PathParam("id") String id, @QueryParam("kind") String kind,
                             @QueryParam("name") String name, @HeaderParam("Content-Type") String type,
                             InputStream body) {
        ProjectView view = projects.addDocument(projectId(id), new ProjectDocumentUpload(kind == null ? null
                : DirectoryResources.parse(ProjectDocumentKind.class, kind, "kind"), name,
                type == null ? null : type.split(";")[0].trim(), read(body, ProjectDocumentUpload.MAX_BYTES + 1)));
        return Response.status(201).entity(ProjectOut.of(view, words())).build();
    }

    @GET
    @Path("{id}/documents/{document}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "A document's content, only to those who may read the project")
    public Response download(@PathParam("id") String id, @PathParam("document") String document) {
        ProjectDocumentFile file = projects.document(projectId(id), DirectoryResources.uuid(document, "document"));
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @POST
    @Path("{id}/assets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds or updates (reports on) an equipment asset (staff or the recipient State)")
    public ProjectOut asset(@PathParam("id") String id, AssetIn in) {
        AssetIn a = required(in);
        return out(projects.saveAsset(projectId(id), new AssetInput(DirectoryResources.uuid(a.id(), "id"),
                a.serialNumber(), a.model(), a.equipmentType(), a.state() == null ? null : stateId(a.state()),
                a.custodianAgency(), a.location(), a.assetStatus(), ProjectJson.zero(a.trainedOperators()),
                a.reportedOn(), a.version() == null ? 0 : a.version())));
    }

    @POST
    @Path("{id}/assets/{asset}/log")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProjectOut log(@PathParam("id") String id, @PathParam("asset") String asset, LogIn in) {
        LogIn body = required(in);
        return out(projects.logMaintenance(projectId(id), DirectoryResources.uuid(asset, "asset"),
                new AssetLogEntry(body.date(), body.note(), null)));
    }

    @GET
    @Path("assets")
    @Operation(summary = "Equipment assets the caller may see; stale=true keeps those not reported on in time")
    public List<AssetView> assets(@QueryParam("state") String state, @QueryParam("stale") boolean stale) {
        return projects.assets(Optional.ofNullable(state).filter(s -> !s.isBlank()).map(this::stateId), stale);
    }

    @GET
    @Path("duplicates")
    @Operation(summary = "Possible duplicate funding among active projects (staff)")
    public List<WarningJson> duplicates() {
        var words = words();
        return projects.duplicateFundingReport().stream().map(w -> WarningJson.of(w, words.apply(w))).toList();
    }

    @GET
    @Path("overdue")
    public List<ProjectOverdueItem> overdue() {
        return projects.overdue();
    }

    @GET
    @Path("dashboard")
    @Operation(summary = "Requested vs pledged vs committed vs disbursed (USD), deliverables and overdue reports by"
            + " State, donor, thematic area and year")
    public ProjectDashboard dashboard() {
        return projects.dashboard();
    }

    // ------------------------------------------------------------------ IATI

    @GET
    @Path("{id}/iati")
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "One project as IATI 2.03 XML, validated against the official schema")
    public Response iatiOne(@PathParam("id") String id) {
        return xml(projects.exportIati(Set.of(projectId(id))), "project");
    }

    @GET
    @Path("iati")
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "Several projects (ids=a,b,…) or, without ids, every project that is not confidential, as"
            + " IATI 2.03 XML validated against the official schema")
    public Response iati(@QueryParam("ids") String ids) {
        if (ids == null || ids.isBlank()) {
            return xml(projects.exportPublicIati(), "projects");
        }
        Set<ProjectId> wanted = Arrays.stream(ids.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(ProjectResources::projectId).collect(Collectors.toSet());
        return xml(projects.exportIati(wanted), "projects");
    }

    @POST
    @Path("iati/preview")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "What importing a donor's IATI file would do, activity by activity (staff)")
    public List<ImportRowJson> preview(InputStream body) {
        Locale locale = locale();
        return projects.previewIati(read(body, 20 * 1024 * 1024 + 1)).stream()
                .map(r -> ImportRowJson.of(r, locale)).toList();
    }

    @POST
    @Path("iati/import")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Imports the activities of an IATI file that are not duplicates (staff)")
    public ImportResultJson importIati(InputStream body) {
        IatiImportResult result = projects.importIati(read(body, 20 * 1024 * 1024 + 1));
        Locale locale = locale();
        return new ImportResultJson(result.created().stream().map(ProjectId::toString).toList(),
                result.skipped().stream().map(r -> ImportRowJson.of(r, locale)).toList());
    }

    private static Response xml(String xml, String name) {
        return Response.ok(xml, "application/xml; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"iati-" + name + ".xml\"").build();
    }

    // ------------------------------------------------------------------ helpers

    private ProjectOut out(ProjectView view) {
        return ProjectOut.of(view, words());
    }

    private java.util.function.Function<org.salwhub.assistance.api.project.ProjectWarning, String> words() {
        Locale locale = locale();
        return w -> ProjectExports.warning(w, registry, texts, locale);
    }

    private Locale locale() {
        return RequestLanguage.ofRequestOrCaller(headers, accounts);
    }

    private static byte[] read(InputStream body, int limit) {
        if (body == null) {
            throw new ValidationException("file", "required");
        }
        try {
            byte[] bytes = body.readNBytes(limit);
            if (bytes.length >= limit) {
                throw new ValidationException("file", "project.document.tooLarge", (limit - 1) / (1024 * 1024));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private UUID stateId(String ref) {
        return RegistryRefs.stateId(registry, ref);
    }

    private UUID organisationId(String ref) {
        return RegistryRefs.organisationId(registry, ref);
    }

    static ProjectId projectId(String id) {
        UUID value = DirectoryResources.uuid(id, "projectId");
        if (value == null) {
            throw new ValidationException("projectId", "required");
        }
        return new ProjectId(value);
    }
}
