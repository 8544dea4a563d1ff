package org.salwhub.registry.api.kernel;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What every module that stores uploaded files asks of their bytes: whether they begin with a type's signature, and
 * their SHA-256 (kept in the audit trail instead of the bytes).
 */
public final class FileBytes {

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

    /** The SHA-256 of {@code bytes}, in lower-case hexadecimal. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
