package org.salwhub.meetings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.salwhub.meetings.api.FileUpload;
import org.salwhub.registry.api.kernel.ValidationException;

class FileRulesTest {

    @Test
    void theContentDecidesTheTypeNotTheDeclaredOne() {
        FileRules.Checked pdf = FileRules.check(new FileUpload("note.exe", "application/x-msdownload",
                "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII)), 1000, false);
        assertEquals("application/pdf", pdf.contentType());
        assertEquals("note.exe.pdf", pdf.filename());
        ValidationException html = assertThrows(ValidationException.class, () -> FileRules.check(new FileUpload(
                "x.pdf", "application/pdf", "<html><script>".getBytes(StandardCharsets.US_ASCII)), 1000, true));
        assertEquals("meetings.file.type", html.errors().get(0).code());
        assertThrows(ValidationException.class, () -> FileRules.check(new FileUpload("a.docx", null,
                new byte[]{'P', 'K', 3, 4}), 1000, false), "Word files are for documents, not credentials");
    }

    @Test
    void sizeAndNamesAreChecked() {
        ValidationException big = assertThrows(ValidationException.class, () -> FileRules.check(new FileUpload(
                "a.pdf", null, "%PDF-".getBytes(StandardCharsets.US_ASCII)), 4, false));
        assertEquals("meetings.file.tooLarge", big.errors().get(0).code());
        assertEquals("passwd.pdf", FileRules.safeName("../../etc/passwd", "application/pdf"));
        assertEquals("file.png", FileRules.safeName("...", "image/png"));
        assertEquals("note_verbale_KE_.pdf", FileRules.safeName("C:\\docs\\note verbale<KE>.pdf", "application/pdf")
                .replace(' ', '_'));
        assertEquals("مذكرة.pdf", FileRules.safeName("مذكرة.pdf", "application/pdf"));
    }
}
