package org.salwhub.web.rest.registry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.salwhub.registry.api.directory.DirectoryImportFacade;
import org.salwhub.registry.api.directory.ImportPreview;
import org.salwhub.registry.api.directory.ImportResult;
import org.salwhub.registry.api.directory.ImportRow;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.rest.Problem;
import org.salwhub.web.rest.RequestLanguage;

/**
 * Imports persons and roles from a CSV file (staff only): first a preview of every row with its errors,
 * then the import itself, all or nothing. The same rules as the import screen, in the registry's boundary.
 */
@RequestScoped
@Path("contacts/import")
public class ContactImportResource {

    @Inject
    DirectoryImportFacade imports;

    @Context
    HttpHeaders headers;

    public record ErrorJson(String field, String column, String code, String message) {
    }

    public record RowJson(int row, String status, String role, String personId, String newAgency,
                          Map<String, String> fields, List<ErrorJson> errors) {
    }

    public record PreviewJson(boolean preview, int validRows, int invalidRows, int newPersons, int updatedPersons,
                              int newRoles, int unchangedRoles, int unchangedRows, List<String> newAgencies,
                              List<RowJson> rows) {
    }

    public record ResultJson(boolean preview, int createdPersons, int updatedPersons, int createdRoles,
                             int createdAgencies, int unchangedRows, int skippedRows) {
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, "application/vnd.ms-excel"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import persons and roles from a CSV file (staff). With preview=true (the default) nothing"
            + " changes and every row is listed with its errors; with preview=false the file is imported in one"
            + " transaction, and a file with errors imports nothing unless onlyValid=true")
    public Response importContacts(@QueryParam("preview") @DefaultValue("true") boolean preview,
                                   @QueryParam("onlyValid") @DefaultValue("false") boolean onlyValid,
                                   InputStream body) {
        Locale locale = locale();
        byte[] csv = read(body);
        try {
            if (preview) {
                return Response.ok(previewJson(imports.preview(csv), locale)).build();
            }
            ImportResult result = imports.importRows(csv, onlyValid);
            return Response.ok(new ResultJson(false, result.createdPersons(), result.updatedPersons(),
                    result.createdRoles(), result.createdAgencies(), result.unchangedRows(), result.skippedRows()))
                    .build();
        } catch (ValidationException invalid) {
            // a file-level refusal says what is wrong with the file in the detail itself
            List<Problem.FieldProblem> errors = invalid.errors().stream().map(e -> new Problem.FieldProblem(e.field(),
                    e.code(), Messages.error(locale, e))).toList();
            String detail = errors.isEmpty() ? Messages.text(locale, "problem.validation") : errors.get(0).message();
            Problem problem = new Problem("about:blank", "Bad Request", 400, detail, errors, List.of());
            return Response.status(400).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
    }

    static PreviewJson previewJson(ImportPreview preview, Locale locale) {
        return new PreviewJson(true, preview.validRows(), preview.invalidRows(), preview.newPersons(),
                preview.updatedPersons(), preview.newRoles(), preview.unchangedRoles(), preview.unchangedRows(),
                preview.newAgencies(), preview.rows().stream().map(row -> rowJson(row, locale)).toList());
    }

    private static RowJson rowJson(ImportRow row, Locale locale) {
        return new RowJson(row.row(), row.status().name(), row.role().name(),
                row.personId() == null ? null : row.personId().toString(), row.newAgency(), row.fields(),
                row.errors().stream().map(e -> errorJson(e, locale)).toList());
    }

    private static ErrorJson errorJson(FieldError error, Locale locale) {
        return new ErrorJson(error.field(), ImportRow.column(error.field()), error.code(), Messages.error(locale, error));
    }

    /** The body, up to one byte over the limit: the boundary refuses what is larger with a clear message. */
    private static byte[] read(InputStream body) {
        if (body == null) {
            return new byte[0];
        }
        try (InputStream in = body) {
            return in.readNBytes(DirectoryImportFacade.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Locale locale() {
        return RequestLanguage.of(headers);
    }
}
