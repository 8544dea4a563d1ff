package org.salwhub.registry.api.kernel;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * What every module that stores uploaded files asks of their bytes: whether they begin with a type's signature, and
 * their SHA-256 (kept in the audit trail instead of the bytes). The types the modules accept are named here with
 * their first bytes and the file name extension they are stored under.
 */
public final class FileBytes {

    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final Map<String, byte[]> SIGNATURES = Map.of(
            PDF, new byte[] {'%', 'P', 'D', 'F', '-'},
            PNG, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
            JPEG, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            XLSX, ZIP,
            DOCX, ZIP);
    private static final Map<String, String> EXTENSIONS = Map.of(PDF, ".pdf", PNG, ".png", JPEG, ".jpg",
            XLSX, ".xlsx", DOCX, ".docx");

    private FileBytes() {
    }

    /** Whether {@code content} begins with {@code prefix} (a file type's first bytes). */
    public static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code content} begins with the signature of {@code type} (one of the types above). */
    public static boolean isOfType(byte[] content, String type) {
        byte[] signature = type == null ? null : SIGNATURES.get(type);
        return signature != null && startsWith(content, signature);
    }

    /** The extension files of {@code type} (one of the types above) are stored under, {@code null} for others. */
    public static String extension(String type) {
        return type == null ? null : EXTENSIONS.get(type);
    }

    /** A declared content type in lower case without surrounding blanks; {@code ""} for none. */
    public static String normalisedType(String declared) {
        return declared == null ? "" : declared.toLowerCase(Locale.ROOT).trim();
    }

    /** The SHA-256 of {@code bytes}, in lower-case hexadecimal. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
