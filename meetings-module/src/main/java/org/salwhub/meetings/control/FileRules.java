package org.salwhub.meetings.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import org.salwhub.meetings.api.FileUpload;
import org.salwhub.registry.api.kernel.ValidationException;

/**
 * Accepts an uploaded file only when it is small enough and its content is of an allowed kind: PDF, Word
 * (.docx), PNG or JPEG, recognised by their first bytes rather than by the name or declared type the browser sent.
 * The stored type is the recognised one, and the file name keeps letters, digits and a few punctuation marks only.
 */
public final class FileRules {

    public static final long DOCUMENT_MAX_BYTES = 10L * 1024 * 1024;
    public static final long CREDENTIALS_MAX_BYTES = 5L * 1024 * 1024;

    private FileRules() {
    }

    /** The checked file: its content type as recognised and a safe file name. */
    public record Checked(String filename, String contentType, byte[] content, String sha256) {
    }

    public static Checked check(FileUpload upload, long maxBytes, boolean documentsToo) {
        if (upload == null || upload.content() == null || upload.content().length == 0) {
            throw new ValidationException("file", "meetings.file.empty");
        }
        byte[] bytes = upload.content();
        if (bytes.length > maxBytes) {
            throw new ValidationException("file", "meetings.file.tooLarge", maxBytes / (1024 * 1024));
        }
        String type = recognise(bytes, documentsToo);
        if (type == null) {
            throw new ValidationException("file", "meetings.file.type");
        }
        return new Checked(safeName(upload.filename(), type), type, bytes, sha256(bytes));
    }

    static String recognise(byte[] b, boolean documentsToo) {
        if (starts(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return "application/pdf";
        }
        if (starts(b, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return "image/png";
        }
        if (starts(b, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "image/jpeg";
        }
        if (documentsToo && starts(b, new byte[]{'P', 'K', 3, 4})) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        return null;
    }

    static String safeName(String name, String type) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = Normalizer.normalize(base, Normalizer.Form.NFC).replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
        base = base.replaceAll("^\\.+", "");
        if (base.length() > 120) {
            base = base.substring(base.length() - 120);
        }
        String extension = switch (type) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            default -> ".docx";
        };
        if (base.isBlank()) {
            base = "file";
        }
        return base.toLowerCase().endsWith(extension) || (extension.equals(".jpg")
                && base.toLowerCase().endsWith(".jpeg")) ? base : base + extension;
    }

    private static boolean starts(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
