package org.salwhub.assistance.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.salwhub.assistance.api.project.ProjectDocumentKind;
import org.salwhub.assistance.api.project.ProjectDocumentUpload;
import org.salwhub.registry.api.kernel.FieldError;

class ProjectDocumentTest {

    private static final byte[] PDF = "%PDF-1.7".getBytes(StandardCharsets.US_ASCII);
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static ProjectDocumentUpload upload(String name, String type, byte[] content) {
        return new ProjectDocumentUpload(ProjectDocumentKind.OTHER, name, type, content);
    }

    @Test
    void onlyAllowedTypesWhoseContentMatchesAreKept() {
        assertEquals(List.of(), ProjectDocument.check(upload("a.pdf", "Application/PDF", PDF)));
        assertEquals(List.of(), ProjectDocument.check(upload("a.xlsx", XLSX, new byte[] {'P', 'K', 3, 4})));
        assertEquals(List.of(FieldError.of("file", "project.document.type")),
                ProjectDocument.check(upload("a.xlsx", XLSX, PDF)));
        assertEquals(List.of(FieldError.of("file", "project.document.type")),
                ProjectDocument.check(upload("a.html", "text/html", PDF)));
        assertEquals(List.of(FieldError.of("file", "required")), ProjectDocument.check(upload("a.pdf", null, null)));
        assertEquals(List.of(FieldError.of("file", "required")), ProjectDocument.check(null));
        assertEquals(List.of(FieldError.of("file", "project.document.tooLarge", 10)),
                ProjectDocument.check(upload("a.pdf", "application/pdf", new byte[ProjectDocumentUpload.MAX_BYTES + 1])));
    }

    @Test
    void theStoredNameIsPlainAndEndsInTheTypesExtension() {
        ProjectDocument document = new ProjectDocument("p", upload("../x/Budget", " " + XLSX.toUpperCase(),
                new byte[] {'P', 'K', 3, 4}), "staff", Instant.EPOCH);
        assertEquals("Budget.xlsx", document.file().fileName());
        assertEquals(XLSX, document.file().contentType());
        assertEquals("document.pdf", new ProjectDocument("p", upload("", "application/pdf", PDF), "staff",
                Instant.EPOCH).view().fileName());
    }
}
