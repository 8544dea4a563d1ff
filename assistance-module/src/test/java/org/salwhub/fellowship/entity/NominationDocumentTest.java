package org.salwhub.fellowship.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.salwhub.fellowship.api.NominationFile;
import org.salwhub.registry.api.kernel.FieldError;

class NominationDocumentTest {

    private static final byte[] PDF = "%PDF-1.7".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0};

    @Test
    void aNoteVerbaleIsAPdfOrImageWhoseContentMatchesItsType() {
        assertEquals(List.of(), NominationDocument.check("nv", new NominationFile("n.pdf", "application/pdf", PDF)));
        assertEquals(List.of(), NominationDocument.check("nv", new NominationFile("n.jpg", " IMAGE/JPEG", JPEG)));
        assertEquals(List.of(FieldError.of("nv", "fellowship.file.type")),
                NominationDocument.check("nv", new NominationFile("n.jpg", "image/jpeg", PDF)));
        assertEquals(List.of(FieldError.of("nv", "fellowship.file.type")), NominationDocument.check("nv",
                new NominationFile("n.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        new byte[] {'P', 'K', 3, 4})));
        assertEquals(List.of(FieldError.of("nv", "required")), NominationDocument.check("nv", null));
        assertEquals(List.of(FieldError.of("nv", "required")),
                NominationDocument.check("nv", new NominationFile("n.pdf", "application/pdf", new byte[0])));
        assertEquals(List.of(FieldError.of("nv", "fellowship.file.tooLarge", 5)), NominationDocument.check("nv",
                new NominationFile("n.pdf", "application/pdf", new byte[NominationFile.MAX_BYTES + 1])));
    }

    @Test
    void theStoredNameIsPlainAndEndsInTheTypesExtension() {
        NominationFile stored = new NominationDocument("n", NominationDocument.NOTE_VERBALE,
                new NominationFile("C:\\scans\\.note", "Image/JPEG", JPEG), Instant.EPOCH).file();
        assertEquals("note-verbale.note.jpg", stored.fileName());
        assertEquals("image/jpeg", stored.contentType());
    }
}
