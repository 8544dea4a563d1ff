package org.salwhub.registry.api.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class UploadRuleTest {

    private static final byte[] PDF = "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0};
    private static final byte[] ZIP = {'P', 'K', 3, 4, 0};
    private static final byte[] HTML = "<html><script>".getBytes(StandardCharsets.US_ASCII);

    private static final UploadRule IMAGES_AND_PDF = new UploadRule(2L * 1024 * 1024,
            List.of(FileBytes.PDF, FileBytes.PNG, FileBytes.JPEG), "empty", "tooLarge", "type");

    @Test
    void eachTypeIsKnownByItsFirstBytes() {
        assertTrue(FileBytes.isOfType(PDF, FileBytes.PDF));
        assertTrue(FileBytes.isOfType(PNG, FileBytes.PNG));
        assertTrue(FileBytes.isOfType(JPEG, FileBytes.JPEG));
        assertTrue(FileBytes.isOfType(ZIP, FileBytes.XLSX));
        assertTrue(FileBytes.isOfType(ZIP, FileBytes.DOCX));
        assertFalse(FileBytes.isOfType(HTML, FileBytes.PDF));
        assertFalse(FileBytes.isOfType(PDF, "text/html"));
        assertFalse(FileBytes.isOfType(PDF, null));
        assertFalse(FileBytes.isOfType(new byte[] {'%', 'P'}, FileBytes.PDF), "shorter than the signature");
    }

    @Test
    void typesHaveTheirExtensionAndDeclaredTypesAreNormalised() {
        assertEquals(".pdf", FileBytes.extension(FileBytes.PDF));
        assertEquals(".jpg", FileBytes.extension(FileBytes.JPEG));
        assertEquals(".png", FileBytes.extension(FileBytes.PNG));
        assertEquals(".xlsx", FileBytes.extension(FileBytes.XLSX));
        assertEquals(".docx", FileBytes.extension(FileBytes.DOCX));
        assertNull(FileBytes.extension("text/html"));
        assertEquals("application/pdf", FileBytes.normalisedType(" Application/PDF "));
        assertEquals("", FileBytes.normalisedType(null));
    }

    @Test
    void theHashIsTheSha256InLowerCaseHex() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", FileBytes.sha256(new byte[0]));
    }

    @Test
    void aDeclaredTypeMustBeAllowedAndMatchTheContent() {
        assertEquals(List.of(), IMAGES_AND_PDF.check("file", "application/pdf", PDF));
        assertEquals(List.of(), IMAGES_AND_PDF.check("file", " IMAGE/PNG", PNG));
        assertEquals(List.of(FieldError.of("file", "type")), IMAGES_AND_PDF.check("file", "image/png", PDF));
        assertEquals(List.of(FieldError.of("file", "type")), IMAGES_AND_PDF.check("file", "application/pdf", HTML));
        assertEquals(List.of(FieldError.of("doc", "type")), IMAGES_AND_PDF.check("doc", FileBytes.DOCX, ZIP),
                "a type this rule does not allow");
        assertEquals(List.of(FieldError.of("file", "type")), IMAGES_AND_PDF.check("file", null, PDF));
    }

    @Test
    void emptyAndOversizedFilesAreRefusedWithTheLimitInMegabytes() {
        assertEquals(List.of(FieldError.of("file", "empty")), IMAGES_AND_PDF.check("file", "application/pdf", null));
        assertEquals(List.of(FieldError.of("file", "empty")),
                IMAGES_AND_PDF.check("file", "application/pdf", new byte[0]));
        byte[] big = new byte[2 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertEquals(List.of(FieldError.of("file", "tooLarge", 2)),
                IMAGES_AND_PDF.check("file", "application/pdf", big));
        byte[] justSo = new byte[2 * 1024 * 1024];
        System.arraycopy(PDF, 0, justSo, 0, PDF.length);
        assertEquals(List.of(), IMAGES_AND_PDF.check("file", "application/pdf", justSo));
    }

    @Test
    void recognisingIgnoresTheDeclaredTypeAndTakesTheFirstMatchingType() {
        assertEquals(FileBytes.PDF, IMAGES_AND_PDF.recognise("file", PDF));
        assertEquals(FileBytes.JPEG, IMAGES_AND_PDF.recognise("file", JPEG));
        UploadRule documents = new UploadRule(100, List.of(FileBytes.PDF, FileBytes.DOCX, FileBytes.XLSX), "e",
                "t", "y");
        assertEquals(FileBytes.DOCX, documents.recognise("file", ZIP));
        ValidationException type = assertThrows(ValidationException.class,
                () -> IMAGES_AND_PDF.recognise("file", ZIP));
        assertEquals(List.of(FieldError.of("file", "type")), type.errors());
        ValidationException empty = assertThrows(ValidationException.class,
                () -> IMAGES_AND_PDF.recognise("file", null));
        assertEquals(List.of(FieldError.of("file", "empty")), empty.errors());
        ValidationException large = assertThrows(ValidationException.class,
                () -> new UploadRule(4, List.of(FileBytes.PDF), "e", "big", "y").recognise("f", PDF));
        assertEquals(List.of(FieldError.of("f", "big", 0)), large.errors());
    }

    @Test
    void plainNamesLoseTheirPathAndUnsafeCharactersAndEndInTheExtension() {
        assertEquals("passwd.pdf", UploadRule.plainName("../../etc/passwd", ".pdf", "document"));
        assertEquals("note verbale_KE_.pdf", UploadRule.plainName("C:\\docs\\note verbale<KE>.pdf", ".pdf", "doc"));
        assertEquals("Report (final).PDF", UploadRule.plainName("Report (final).PDF", ".pdf", "doc"));
        assertEquals("document.pdf", UploadRule.plainName(null, ".pdf", "document"));
        assertEquals("note-verbale.htaccess.png", UploadRule.plainName(".htaccess", ".png", "note-verbale"));
        assertEquals("مذكرة.jpg", UploadRule.plainName("مذكرة.jpg", ".jpg", "doc"));
        String longName = "a".repeat(200) + ".pdf";
        assertEquals("a".repeat(150) + ".pdf", UploadRule.plainName(longName, ".pdf", "doc"));
    }
}
