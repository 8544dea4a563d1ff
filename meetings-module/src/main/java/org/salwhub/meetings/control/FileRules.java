package org.salwhub.meetings.control;

import java.text.Normalizer;
import java.util.List;
import org.salwhub.meetings.api.FileUpload;
import org.salwhub.registry.api.kernel.FileBytes;
import org.salwhub.registry.api.kernel.UploadRule;

/**
 * Accepts an uploaded file only when it is small enough and its content is of an allowed kind: PDF, Word
 * (.docx), PNG or JPEG, recognised by their first bytes rather than by the name or declared type the browser sent.
 * The stored type is the recognised one, and the file name keeps letters, digits and a few punctuation marks only.
 */
public final class FileRules {

    public static final long DOCUMENT_MAX_BYTES = 10L * 1024 * 1024;
    public static final long CREDENTIALS_MAX_BYTES = 5L * 1024 * 1024;

    private static final List<String> CREDENTIAL_TYPES = List.of(FileBytes.PDF, FileBytes.PNG, FileBytes.JPEG);
    private static final List<String> DOCUMENT_TYPES = List.of(FileBytes.PDF, FileBytes.PNG, FileBytes.JPEG,
            FileBytes.DOCX);

    private FileRules() {
    }

    /** The checked file: its content type as recognised and a safe file name. */
    public record Checked(String filename, String contentType, byte[] content, String sha256) {
    }

    public static Checked check(FileUpload upload, long maxBytes, boolean documentsToo) {
        UploadRule rule = new UploadRule(maxBytes, documentsToo ? DOCUMENT_TYPES : CREDENTIAL_TYPES,
                "meetings.file.empty", "meetings.file.tooLarge", "meetings.file.type");
        byte[] bytes = upload == null ? null : upload.content();
        String type = rule.recognise("file", bytes);
        return new Checked(safeName(upload.filename(), type), type, bytes, FileBytes.sha256(bytes));
    }

    static String safeName(String name, String type) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = Normalizer.normalize(base, Normalizer.Form.NFC).replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
        base = base.replaceAll("^\\.+", "");
        if (base.length() > 120) {
            base = base.substring(base.length() - 120);
        }
        String extension = FileBytes.extension(type);
        if (base.isBlank()) {
            base = "file";
        }
        return base.toLowerCase().endsWith(extension) || (extension.equals(".jpg")
                && base.toLowerCase().endsWith(".jpeg")) ? base : base + extension;
    }
}
